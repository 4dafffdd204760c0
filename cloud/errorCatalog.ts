/**
 * What the known error codes mean, what to do about them and which request fields they point at
 * (errors.md, in our own words): one entry per code, the one home of these facts.
 * Match on the code, not the message: one code can come with several messages.
 */

export interface ErrorCatalogEntry {
  /** What went wrong, in plain words. */
  explanation: string;
  /** The next step for the user. */
  whatToDo: string;
  /**
   * Request fields the code is about (errors.md with request-fields.md), as dotted paths from the
   * body root, `[n]` for an array item; the first one present in the body is marked. Absent when no
   * field can be told (quota, account, service faults).
   */
  fields?: readonly string[];
  /**
   * How to fix the refusal in the request file, when the code tells (refusalFixes.ts turns it into
   * an edit): leave out the field it names, or a value the account data knows.
   */
  fix?: RefusalFix;
}

/** Where the right value of a refused field comes from, when the account data knows it. */
export type AccountValueSource =
  /** `availability_zone`: a zone where `flavorRef` is on sale. */
  | 'zoneSellingFlavor'
  /** `flavorRef`: a flavor of the same vCPUs, memory and architecture on sale in the zone. */
  | 'sameSizeFlavorOnSale'
  /** `nics[n].subnet_id`: another subnet of `vpcid` with enough free addresses. */
  | 'subnetWithFreeIps'
  /** `vpcid`: the VPC the primary NIC's subnet belongs to. */
  | 'vpcOfPrimarySubnet';

export type RefusalFix =
  /** Leave out the field the refusal names: the service then picks a value, or the feature is off. */
  | { readonly kind: 'remove'; readonly then: string }
  /** Set a value the account data knows (cloud/refusalFixes.ts reads the snapshot), from each source in turn. */
  | { readonly kind: 'fromAccount'; readonly sources: readonly AccountValueSource[] };

const FIX_BODY = 'Correct the request file and submit again.';
const CONTACT = 'Try again later; if it keeps happening, contact Huawei Cloud support with the request ID.';
const BILLING = 'Resolve it in the Billing Center of the console, then submit again.';

const LEAVE_IP_OUT: RefusalFix = { kind: 'remove', then: 'a free address of the subnet is assigned' };
const NO_AUTO_RECOVERY: RefusalFix = { kind: 'remove', then: 'the server is created without automatic recovery' };
const NO_AUTO_TERMINATE: RefusalFix = { kind: 'remove', then: 'the server is not deleted at a set time' };

// [code, explanation, what to do, fields it points at (optional), fix (optional)]
const ENTRIES: Array<[string, string, string, string[]?, RefusalFix?]> = [
  // ECS: create and validation
  ['Ecs.0000', 'The request data was rejected; the message says which part.', FIX_BODY],
  [
    'Ecs.0001',
    'Your ECS quota (instances, vCPUs or memory) is not enough for this request.',
    'Lower `count` or pick a smaller flavor, delete unused servers, or ask for a higher quota.',
    ['server.count'],
  ],
  ['Ecs.0002', 'The service could not accept the task because of an internal problem.', CONTACT],
  ['Ecs.0003', 'The account is restricted (for example in arrears or frozen).', BILLING],
  [
    'Ecs.0004',
    'An authentication or privilege step inside the service failed.',
    'Check the permissions of the IAM user, then try again.',
  ],
  [
    'Ecs.0005',
    'A parameter is invalid or the body does not match the API schema.',
    'Read the message and the details; fix the named field.',
  ],
  ['Ecs.0006', 'The Marketplace image has no product code.', 'Use another image.'],
  [
    'Ecs.0007',
    'The image does not fit the flavor (for example architecture or virtualization type).',
    'Pick an image that supports this flavor, or another flavor.',
    ['server.imageRef'],
  ],
  ['Ecs.0008', 'The flavor has invalid attributes for this request.', 'Pick another flavor.', ['server.flavorRef']],
  [
    'Ecs.0010',
    'The private IP address you asked for is already in use.',
    'Choose another `nics[].ip_address` or leave it out to get one assigned.',
    ['server.nics[0].ip_address'],
    LEAVE_IP_OUT,
  ],
  [
    'Ecs.0011',
    '`adminPass` does not meet the password rules.',
    'Use 8–26 characters with at least three of: upper case, lower case, digits, special characters from ' +
      '!@$%^-_=+[{}]:,./?; do not include the user name or its reverse.',
    ['server.adminPass'],
  ],
  [
    'Ecs.0012',
    'The subnet has no free IP addresses left.',
    'Use another subnet or free addresses in this one.',
    ['server.nics[0].subnet_id'],
    { kind: 'fromAccount', sources: ['subnetWithFreeIps'] },
  ],
  [
    'Ecs.0013',
    'The elastic IP quota is used up.',
    'Release unused EIPs or ask for a higher quota.',
    ['server.publicip'],
  ],
  [
    'Ecs.0014',
    'The VPC, subnet or security group settings do not fit together (for example subnets from different VPCs).',
    'Use subnets and security groups that belong to `vpcid`.',
    ['server.nics', 'server.security_groups'],
  ],
  [
    'Ecs.0015',
    'This disk type cannot be used with this flavor.',
    'Pick another `volumetype`.',
    ['server.root_volume.volumetype'],
  ],
  [
    'Ecs.0016',
    'The flavor or AZ is in open beta and the account has no access.',
    'Apply for the open beta or pick another flavor/AZ.',
    ['server.flavorRef'],
  ],
  [
    'Ecs.0018',
    'The flavor is sold out (in this AZ).',
    'Pick another flavor or another availability zone.',
    ['server.flavorRef'],
    { kind: 'fromAccount', sources: ['zoneSellingFlavor', 'sameSizeFlavorOnSale'] },
  ],
  ['Ecs.0019', 'The flavor has been withdrawn from sale.', 'Pick a current flavor.', ['server.flavorRef']],
  ['Ecs.0021', 'The EVS disk quota is used up.', 'Delete unused disks or ask for a higher quota.'],
  [
    'Ecs.0022',
    'The server group quota or its member limit is reached.',
    'Use another server group or remove members.',
    ['server.os:scheduler_hints.group'],
  ],
  [
    'Ecs.0023',
    'The project in the URL does not match the credentials, or the token is not valid.',
    'Check the project ID for this region.',
  ],
  [
    'Ecs.0025',
    'EVS is not allowed to use KMS keys for disk encryption.',
    'Allow EVS to use KMS keys (an agency in IAM), or create the disks unencrypted.',
  ],
  [
    'Ecs.0027',
    'The flavor is private and not available to this account.',
    'Pick a public flavor.',
    ['server.flavorRef'],
  ],
  ['Ecs.0028', 'The account may not use this flavor.', 'Pick another flavor.', ['server.flavorRef']],
  [
    'Ecs.0029',
    'The flavor does not exist or is offline.',
    'Check `flavorRef` against the flavor list of this region.',
    ['server.flavorRef'],
  ],
  [
    'Ecs.0031',
    'The image does not exist.',
    'Check `imageRef` against the image list of this region.',
    ['server.imageRef'],
  ],
  ['Ecs.0032', 'The image is not active.', 'Wait until the image is active or pick another one.', ['server.imageRef']],
  ['Ecs.0034', 'The full-server backup behind this image is missing.', 'Pick another image.', ['server.imageRef']],
  [
    'Ecs.0036',
    'The flavor does not support automatic recovery.',
    'Remove `support_auto_recovery` or pick another flavor.',
    ['server.extendparam.support_auto_recovery'],
    NO_AUTO_RECOVERY,
  ],
  [
    'Ecs.0037',
    'The flavor does not support SCSI disks.',
    'Remove the SCSI setting or pick another flavor.',
    ['server.root_volume.hw:passthrough'],
  ],
  [
    'Ecs.0038',
    'The subnet does not exist.',
    'Check `nics[].subnet_id` against the subnets of the VPC.',
    ['server.nics[0].subnet_id'],
  ],
  [
    'Ecs.0039',
    'The fixed IP address is outside the subnet.',
    "Use an address inside the subnet's CIDR.",
    ['server.nics[0].ip_address'],
    LEAVE_IP_OUT,
  ],
  ['Ecs.0041', 'The `description` is invalid.', 'Use at most 85 characters and no `<` or `>`.', ['server.description']],
  ['Ecs.0042', 'Too many data disks.', 'Attach fewer data disks.', ['server.data_volumes']],
  [
    'Ecs.0043',
    'The disk type does not exist.',
    'Use one of the disk types listed for this region.',
    ['server.root_volume.volumetype'],
  ],
  ['Ecs.0044', 'The disk type is sold out.', 'Pick another disk type or AZ.', ['server.root_volume.volumetype']],
  [
    'Ecs.0045',
    'The bandwidth size is above the limit.',
    'Lower `bandwidth.size`.',
    ['server.publicip.eip.bandwidth.size'],
  ],
  ['Ecs.0046', 'The data disk type must match what the image requires.', 'Use the disk type the image expects.'],
  [
    'Ecs.0048',
    'The full-server image cannot be used now.',
    'Check the image and its backup, or pick another image.',
    ['server.imageRef'],
  ],
  [
    'Ecs.0049',
    'The enterprise project is disabled.',
    'Use an enabled enterprise project.',
    ['server.extendparam.enterprise_project_id'],
  ],
  ['Ecs.0050', 'Too many NICs.', 'Use fewer entries in `nics`.', ['server.nics']],
  ['Ecs.0051', 'The flavor accepts only SCSI disks.', 'Set the disks to SCSI mode.'],
  ['Ecs.0052', 'The flavor needs a SCSI system disk.', 'Set the system disk to SCSI mode.'],
  ['Ecs.0053', 'The flavor needs SCSI data disks.', 'Set the data disks to SCSI mode.'],
  [
    'Ecs.0058',
    'The account may not use this third-party image.',
    'Subscribe to the image or pick another one.',
    ['server.imageRef'],
  ],
  ['Ecs.0062', 'The flavor does not allow setting the NIC driver mode.', 'Remove that setting.'],
  [
    'Ecs.0064',
    "`vpcid` is not the VPC of the primary NIC's subnet.",
    'Make `vpcid` the VPC that contains the first subnet.',
    ['server.vpcid'],
    { kind: 'fromAccount', sources: ['vpcOfPrimarySubnet'] },
  ],
  ['Ecs.0066', 'Real-name authentication is not complete.', 'Complete real-name authentication in the console.'],
  ['Ecs.0067', 'The account balance is not enough.', BILLING],
  ['Ecs.0068', 'Partner accounts may not do this.', 'Ask your partner to create the server.'],
  ['Ecs.0069', 'The account has no payment method.', BILLING],
  ['Ecs.0070', 'The enterprise budget is not enough.', 'Ask the enterprise administrator for budget.'],
  ['Ecs.0071', 'The account is suspended.', BILLING],
  ['Ecs.0074', 'External users cannot create Windows servers here.', 'Use a Linux image.', ['server.imageRef']],
  ['Ecs.0075', 'Partners may only buy Windows images here.', 'Use a Windows image.'],
  [
    'Ecs.0076',
    'The spot block duration is above the maximum.',
    'Lower `spot_duration_hours`.',
    ['server.extendparam.spot_duration_hours'],
  ],
  [
    'Ecs.0077',
    'The spot block duration count is above the maximum.',
    'Lower `spot_duration_count`.',
    ['server.extendparam.spot_duration_count'],
  ],
  [
    'Ecs.0081',
    'Scheduled deletion is not supported for this server.',
    'Remove `auto_terminate_time`.',
    ['server.auto_terminate_time'],
    NO_AUTO_TERMINATE,
  ],
  [
    'Ecs.0082',
    '`auto_terminate_time` has the wrong format.',
    'Use UTC in the form yyyy-MM-ddTHH:mm:ssZ.',
    ['server.auto_terminate_time'],
  ],
  [
    'Ecs.0083',
    'The scheduled deletion time is already in the past.',
    'Set `auto_terminate_time` in the future.',
    ['server.auto_terminate_time'],
  ],
  [
    'Ecs.0084',
    'Yearly/monthly servers cannot have a scheduled deletion time.',
    'Remove `auto_terminate_time`.',
    ['server.auto_terminate_time'],
    NO_AUTO_TERMINATE,
  ],
  [
    'Ecs.0089',
    'The tags break a tag policy of the organization.',
    'Change the tags to meet the tag policy.',
    ['server.server_tags', 'server.tags'],
  ],
  ['Ecs.0090', 'BYOL image features are not supported in this region.', 'Pick another image or region.'],
  ['Ecs.0110', 'The caller lacks permission for this operation.', 'Ask the administrator for ECS permissions.'],
  [
    'Ecs.0122',
    'The idempotency token was already used with different parameters.',
    'Submit with a new token (a new submission), or send exactly the same body.',
  ],
  [
    'Ecs.0123',
    'The X-Client-Token header is not a UUID.',
    'Use a lower-case UUID such as 46436810-d999-454c-bd85-e515fd258600.',
  ],
  ['Ecs.0124', 'The idempotency token is older than 8 hours.', 'Submit again as a new submission (new token).'],
  ['Ecs.0201', 'Creating a NIC failed.', CONTACT],
  ['Ecs.0202', 'Creating the system disk failed.', CONTACT],
  ['Ecs.0203', 'Creating a data disk failed.', CONTACT],
  ['Ecs.0204', 'Creating the server failed.', CONTACT],
  ['Ecs.0205', 'Attaching a data disk failed.', CONTACT],
  ['Ecs.0210', 'Creating the elastic IP failed.', CONTACT],
  ['Ecs.0211', 'Setting NIC QoS failed.', CONTACT],
  ['Ecs.0212', 'No private IP address could be assigned.', 'Check the subnet has free addresses, then try again.'],
  ['Ecs.0213', 'Updating the port attributes failed.', CONTACT],
  ['Ecs.0214', 'Creating the network failed.', CONTACT],
  ['Ecs.0216', 'Creating the subnet failed.', CONTACT],
  ['Ecs.0217', 'Attaching the port failed.', CONTACT],
  ['Ecs.0219', 'Creating the server failed.', CONTACT],
  ['Ecs.0303', 'Looking up the flavor failed.', 'Check `flavorRef`; ' + CONTACT],
  ['Ecs.0304', 'Looking up the image failed.', 'Check `imageRef`; ' + CONTACT],
  ['Ecs.0311', 'Looking up the disk type failed.', 'Check `volumetype`; ' + CONTACT],
  [
    'Ecs.0313',
    'Looking up the server group failed.',
    'Check `os:scheduler_hints.group`.',
    ['server.os:scheduler_hints.group'],
  ],
  [
    'Ecs.0314',
    'The key pair does not exist.',
    'Check `key_name` against the key pairs of this region.',
    ['server.key_name'],
  ],
  ['Ecs.0319', 'There is not enough capacity for this flavor right now.', 'Try another AZ or flavor, or try later.'],
  ['Ecs.0320', 'Looking up the availability zone failed.', 'Check `availability_zone`.'],
  ['Ecs.0322', 'Looking up the subnet failed.', 'Check `nics[].subnet_id`.'],
  ['Ecs.0401', 'Rolling back a port failed after an error.', CONTACT],
  ['Ecs.0402', 'Rolling back the system disk failed after an error.', CONTACT],
  ['Ecs.0403', 'Rolling back the server failed after an error.', CONTACT],
  ['Ecs.0405', 'Rolling back a data disk failed after an error.', CONTACT],
  ['Ecs.0603', 'Another operation is running on this server.', 'Wait about a minute and try again.'],
  ['Ecs.0701', 'Looking up the order or product failed.', CONTACT],
  ['Ecs.0702', 'Looking up the price failed.', CONTACT],
  [
    'Ecs.0703',
    'The spot bid is below the current spot price.',
    'Raise `spotPrice` or leave it out.',
    ['server.extendparam.spotPrice'],
    { kind: 'remove', then: 'the spot server is bought at the market price' },
  ],
  [
    'Ecs.0705',
    'Spot servers cannot use automatic recovery.',
    'Remove `support_auto_recovery`.',
    ['server.extendparam.support_auto_recovery'],
    NO_AUTO_RECOVERY,
  ],
  ['Ecs.0707', 'The product you are buying is not registered.', CONTACT],
  ['Ecs.0901', 'Yearly/monthly dedicated hosts are not supported.', 'Use pay-per-use.'],
  ['Ecs.0902', 'Spot servers cannot use Marketplace images.', 'Pick a public or private image.', ['server.imageRef']],
  [
    'Ecs.0903',
    'Spot servers cannot enable automatic recovery.',
    'Remove `support_auto_recovery`.',
    ['server.extendparam.support_auto_recovery'],
    NO_AUTO_RECOVERY,
  ],
  ['Ecs.0904', 'UEFI images cannot create Xen servers.', 'Pick a KVM flavor or a BIOS image.'],
  ['Ecs.0905', 'Too many tags.', 'Use at most the allowed number of tags.', ['server.server_tags', 'server.tags']],
  ['Ecs.0906', 'A tag has invalid attributes.', 'Fix the tag keys and values.', ['server.server_tags', 'server.tags']],
  [
    'Ecs.0907',
    'A tag uses characters that are not allowed.',
    'Fix the tag keys and values.',
    ['server.server_tags', 'server.tags'],
  ],
  ['Ecs.0908', 'A tag key is used twice.', 'Make the tag keys unique.', ['server.server_tags', 'server.tags']],
  [
    'Ecs.0909',
    'The flavor does not support this disk type.',
    'Pick another `volumetype`.',
    ['server.root_volume.volumetype'],
  ],
  ['Ecs.0910', 'The NIC parameters are not valid for a HANA server.', 'Fix `nics`.'],
  [
    'Ecs.0911',
    'The dedicated storage disk parameters are invalid.',
    'Fix the DSS disk settings.',
    ['server.root_volume.cluster_id'],
  ],
  [
    'Ecs.0912',
    'The disk encryption parameters are invalid.',
    'Fix `metadata.__system__cmkid` / `__system__encrypted`.',
    ['server.root_volume.metadata'],
  ],
  ['Ecs.0913', 'Too many servers were requested.', 'Lower `count`.', ['server.count']],
  ['Ecs.0914', 'The server name is too long.', 'Shorten `name`.', ['server.name']],
  [
    'Ecs.0915',
    'The server name contains characters that are not allowed.',
    'Use letters, digits, `-`, `_` and `.` in `name`.',
    ['server.name'],
  ],
  ['Ecs.0919', 'The port (NIC) is already attached elsewhere.', 'Use a free port.', ['server.nics[0].port_id']],
  ['Ecs.1000', 'An internal compute error occurred.', CONTACT],
  ['Ecs.1001', 'An internal compute error occurred.', CONTACT],
  ['Ecs.1002', 'An internal compute call timed out.', CONTACT],
  ['Ecs.1100', 'ECS could not reach IAM.', CONTACT],
  ['Ecs.1200', 'ECS could not reach VPC.', CONTACT],
  ['Ecs.1201', 'ECS timed out reaching VPC.', CONTACT],
  ['Ecs.1300', 'ECS timed out reaching EVS.', CONTACT],
  [
    'Ecs.7000',
    'Creating the order failed (balance, unpaid orders, or an order already in progress).',
    'Pay or cancel pending orders and check the balance, then submit again.',
  ],
  // Common and policy
  [
    'Pdp.0001',
    'An IAM policy does not allow this action.',
    'Ask the administrator to grant the ECS action in an IAM policy.',
  ],
  ['Common.0001', 'The service had an internal error.', CONTACT],
  ['Common.0002', 'The request body is empty.', 'Send a body with a `server` object.'],
  [
    'Common.0011',
    'The job ID is not valid (or the job no longer exists).',
    'Check the job ID; finished jobs are kept for one day.',
  ],
  ['Common.0013', 'The token is not valid.', 'Check the credentials and sign in again.'],
  [
    'Common.0018',
    'The project in the URL is not the project of the credentials.',
    'Check the project ID for this region.',
  ],
  ['Common.0020', 'Retrying the task failed.', CONTACT],
  ['Common.0021', 'Looking up a sub-job failed.', CONTACT],
  ['Common.0022', 'Submitting the job failed.', CONTACT],
  [
    'Common.0024',
    'Too many requests at the same time; the request was not processed.',
    'Wait a little and try again (the tool does this by itself).',
  ],
  ['Common.0025', 'Looking up the job failed.', CONTACT],
  ['Common.0026', 'Looking up AZ or region information failed.', CONTACT],
  ['Common.0999', 'The task was aborted because of a system problem.', CONTACT],
  [
    'Common.1503',
    'Too many API calls are running; the request was not processed.',
    'Wait a little and try again (the tool does this by itself).',
  ],
  // API gateway
  [
    'APIGW.0101',
    'The API was not found: wrong endpoint, path or method (or the project ID is missing in the URL).',
    'Check the region, the endpoint setting and the project ID.',
  ],
  [
    'APIGW.0201',
    'The gateway rejected the request (bad format, too large, or the backend was unavailable).',
    'Read the message; for 502/504 try again later.',
  ],
  [
    'APIGW.0301',
    'The gateway could not authenticate the request: wrong AK/SK, a clock more than 15 minutes off, or ' +
      'expired temporary credentials.',
    'Check the AK and SK, the computer clock, and renew temporary credentials. After five failures in a row ' +
      'the key is locked for five minutes.',
  ],
  [
    'APIGW.0302',
    'The IAM user may not call this API (black or white list).',
    'Ask the administrator to allow the user.',
  ],
  ['APIGW.0303', 'The app authentication information is wrong.', 'Check the app credentials.'],
  ['APIGW.0304', 'The app is not authorized for this API.', 'Authorize the app.'],
  ['APIGW.0305', 'The authentication information is wrong.', 'Check the credentials.'],
  ['APIGW.0306', 'Access to the API was denied.', 'Check the permissions of the user.'],
  ['APIGW.0307', 'The token must be refreshed.', 'Get new credentials and try again.'],
  [
    'APIGW.0308',
    'The request rate limit was reached; the request was not processed.',
    'Wait a little and try again (the tool does this by itself).',
  ],
  ['APIGW.0310', 'The project is not available.', 'Use another project or region.'],
  ['APIGW.0401', 'The gateway could not tell your IP address.', 'Check proxies between you and the cloud.'],
  ['APIGW.0402', 'Your IP address is not allowed.', 'Ask the administrator to allow your address.'],
  ['APIGW.0601', 'The gateway had an internal error.', CONTACT],
  ['APIGW.0613', 'IAM is temporarily unavailable.', 'Try again shortly.'],
  ['APIGW.0705', 'The gateway could not compute the backend signature.', CONTACT],
];

const CATALOG = new Map<string, ErrorCatalogEntry>(
  ENTRIES.map(([code, explanation, whatToDo, fields, fix]) => [
    code,
    { explanation, whatToDo, ...(fields ? { fields } : {}), ...(fix ? { fix } : {}) },
  ]),
);

/** Explanation for a code; case of the prefix is ignored (`ecs.0005` finds `Ecs.0005`). */
export function lookupErrorCode(code: string | undefined): ErrorCatalogEntry | undefined {
  if (!code) return undefined;
  return CATALOG.get(code) ?? [...CATALOG.entries()].find(([known]) => known.toLowerCase() === code.toLowerCase())?.[1];
}

/** Codes that mean "throttled: not processed, back off and retry". */
export const THROTTLING_CODES: ReadonlySet<string> = new Set(['APIGW.0308', 'Common.0024', 'Common.1503']);

/** Codes that mean the credentials are wrong, expired or lack rights: retrying cannot help. */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  'APIGW.0301',
  'APIGW.0303',
  'APIGW.0305',
  'APIGW.0307',
  'Common.0013',
  'Ecs.0023',
  'Common.0018',
]);

/** Explanation for an HTTP status without a known code. */
export function explainHttpStatus(status: number): ErrorCatalogEntry {
  if (status === 401)
    return { explanation: 'The request was not authenticated.', whatToDo: 'Check the AK/SK and the computer clock.' };
  if (status === 403)
    return { explanation: 'The request was not allowed.', whatToDo: 'Check the permissions of the IAM user.' };
  if (status === 404)
    return {
      explanation: 'The resource or API was not found.',
      whatToDo: 'Check the region, the endpoint and the IDs in the path.',
    };
  if (status === 429)
    return {
      explanation: 'Too many requests.',
      whatToDo: 'Wait a little and try again (the tool does this by itself).',
    };
  if (status >= 500) return { explanation: `The service answered with HTTP ${status}.`, whatToDo: CONTACT };
  return {
    explanation: `The service answered with HTTP ${status}.`,
    whatToDo: 'Read the message and correct the request.',
  };
}
