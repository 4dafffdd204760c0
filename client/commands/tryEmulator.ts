import * as vscode from 'vscode';
import { EMULATOR_PROFILE_ID } from '../profiles/profile';
import type { ProfileStore } from '../profiles/profileStore';
import { newRequestFile } from './newRequestFile';

/** Makes the "Local emulator" profile active and starts a request file from a template. */
export async function tryEmulator(
  profiles: ProfileStore,
  log: vscode.LogOutputChannel,
): Promise<vscode.Uri | undefined> {
  await profiles.setActive(EMULATOR_PROFILE_ID);
  void vscode.window.showInformationMessage(
    'The "Local emulator" profile is active: dry-run and submit go to an ' +
      'emulator on this computer; nothing is created in the cloud.',
  );
  return newRequestFile(log);
}
