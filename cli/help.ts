/** Help texts of `ecs-request`. */
import { EXIT_CODE_HELP } from './exitCodes';

export const TARGET_HELP = `Target and credentials (dry-run, submit, job, catalog, lint --account):
  --region NAME         region, e.g. cn-north-4 (env HUAWEICLOUD_SDK_REGION)
  --project-id ID       project ID of that region (env HUAWEICLOUD_SDK_PROJECT_ID)
  --endpoint URL        ECS endpoint instead of https://ecs.<region>.myhuaweicloud.com
  --iam-endpoint URL    IAM endpoint (used to look up the project ID when it is not given)
  --endpoint-all URL    one address for every service (ECS, IAM, VPC, IMS, EVS, ...), such as the
                        one ecs-request emulator prints; --endpoint and --iam-endpoint still win
  --emulator            run against a local in-process ECS emulator (no account needed)
  Credentials come from env HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK
  (and HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary credentials).`;

export const SECRETS_HELP = `Placeholders in request files:
  \${secret:NAME}  replaced by env ECS_SECRET_NAME (e.g. \${secret:ADMIN_PASS} -> ECS_SECRET_ADMIN_PASS)
  \${env:NAME}     replaced by env NAME
  Values are substituted just before sending and never printed.`;

export const MAIN_HELP = `ecs-request: check, dry-run and submit Huawei Cloud ECS create-server requests
(POST /v1.1/{project_id}/cloudservers) written as .ecs.json / .ecs.yaml files.

Usage: ecs-request <command> [options]

Commands:
  lint <files...>           check request files (same diagnostics as the editor; --account too)
  dry-run <file>            pre-flight: local, account and ECS dry-run checks; creates nothing
  submit <file>             create the servers; --wait follows the job to the end
  job <job-id>              show a create job; --wait follows it to the end
  emulator                  run a local ECS emulator and print its address and credentials
  catalog                   list what the account has (flavors, images, subnets, quotas, ...)

Common options:
  --json                    machine-readable output on stdout (progress stays on stderr)
  -h, --help                help for a command, e.g. ecs-request submit --help
  --version                 print the version

${TARGET_HELP}

${SECRETS_HELP}

Exit codes:
${EXIT_CODE_HELP}`;

export const COMMAND_HELP: Record<string, string> = {
  lint: `Usage: ecs-request lint <files...> [--format text|json] [--json] [--account [target options]]

Prints each problem as  path:line:col severity code message  (or one JSON document with
--format json / --json). Exits 1 when any file has an error, 2 when a file cannot be read
or is not a request file (.json, .jsonc, .yaml, .yml).

--account also checks the IDs against the account of the target (the same options as dry-run):
one snapshot of its lists (flavors on sale per zone, images, VPCs, subnets, security groups,
key pairs, ...) is read and every file is checked against it. Account findings are warnings,
as in the editor (the data may change before a submit): like other warnings they do not change
the exit code. Lists the account does not let you read are reported as unknown and the checks
that need them are skipped. When no account data can be read at all, the local results are
still printed and lint exits 3 (credentials or permissions) or 4 (network) instead of 0.

${TARGET_HELP}`,
  'dry-run': `Usage: ecs-request dry-run <file> [--force] [--no-account-checks] [--json] [target options]

A pre-flight in three steps, reported together in one line at the end:
  1. local checks (the same as lint); errors stop the command unless --force is given;
  2. account checks against a fresh snapshot of the target's account (warnings: flavor sold
     out in the zone, unknown image or subnet, ...); --no-account-checks skips them;
  3. the cloud's dry run (dry_run=true): ECS checks the required fields and the format and
     creates nothing.
The exit code is the dry run's: account warnings, and account data that could not be read,
do not change it.

${TARGET_HELP}

${SECRETS_HELP}`,
  submit: `Usage: ecs-request submit <file> [--wait] [--yes] [--force] [--json] [--client-token UUID] [target options]

Creates the servers. Without --yes it shows a summary (region, project, names, count, flavor,
image, billing) and asks for confirmation; it refuses when stdin is not a terminal.
--wait follows the create job until it succeeds or fails (progress on stderr).
Local lint errors stop the command first unless --force is given.

Every submit prints its X-Client-Token before sending and records it in the submit journal
($XDG_STATE_HOME or ~/.local/state/ecs-request-tools/submit-journal.json: tokens, hashes and
names only). If the answer is lost (5xx, reset, timeout), submit exits 5, says the servers MAY
exist, lists the servers it finds by name and prints the command to retry safely:
  --client-token UUID   re-send with this token: within 8 hours ECS returns the first result
                        and creates nothing twice. Submitting the same file, body and target
                        again reuses the journal's token by itself (and says so).

${TARGET_HELP}

${SECRETS_HELP}`,
  job: `Usage: ecs-request job <job-id> [--wait] [--json] [target options]

Shows the status of a create job and its servers; --wait follows it until it ends.

${TARGET_HELP}`,
  catalog: `Usage: ecs-request catalog [--json] [--save FILE] [--emulator [--world large]] [target options]

Reads every list the editor's account checks use (availability zones, flavors, images, VPCs,
subnets, security groups, key pairs, server groups, disk types, EIPs, shared bandwidths,
enterprise projects, ECS/EVS/VPC quotas), each to its last page, at most 4 requests at a time,
and prints how many of each there are. A list that fails or is not allowed (HTTP 403) is shown
as "unknown" with the reason; the others are still read.
  --world large   with --emulator: the emulator's large account (2,000+ images, 300+ flavors)
  --save FILE     write the whole snapshot as JSON (no secrets in it)
  --json          one JSON line: profile, region, projectId, fetchedAt, durationMs, kinds[]
Exits 0 when the snapshot was fetched (unknown lists included), 4 when no list could be read.

${TARGET_HELP}`,
  emulator: `Usage: ecs-request emulator [--port N] [--state FILE] [--world default|large] [--json]

Runs a local ECS emulator on 127.0.0.1 (port 0 = any free port) until Ctrl+C / SIGTERM and
prints its endpoint, access key, secret key, project ID and region (generated for this run).
With --json the first stdout line is {"endpoint","ak","sk","projectId","region"}.
--state FILE keeps the emulator's servers and jobs in FILE across runs.
--world large seeds a busy account (2,000+ images, 300+ flavors, 5 VPCs with 40 subnets,
50 security groups, quotas near their limits) next to the default world's IDs.`,
};
