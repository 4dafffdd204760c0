import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import { describeProfile } from './profile';
import type { ProfileStore } from './profileStore';

/** Status bar item: the active profile and region; click to switch. */
export function registerProfileStatusBar(profiles: ProfileStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('ecs.profile', vscode.StatusBarAlignment.Left, 50);
  item.name = 'ECS Profile';
  item.command = COMMANDS.selectProfile;
  const update = () => {
    const profile = profiles.active();
    item.text = `$(cloud) ECS: ${profile.name}${profile.kind === 'cloud' ? ` (${profile.region})` : ''}`;
    item.tooltip =
      `ECS requests are sent with profile "${profile.name}": ` + `${describeProfile(profile)}. Click to switch.`;
  };
  update();
  item.show();
  return vscode.Disposable.from(item, profiles.onDidChange(update));
}
