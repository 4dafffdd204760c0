import * as vscode from 'vscode';
import { EMULATOR_PROFILE, EMULATOR_PROFILE_ID, type Profile } from './profile';

const PROFILES_KEY = 'ecs.profiles';
const ACTIVE_KEY = 'ecs.activeProfile';

/**
 * Profiles (without secrets) live in the user's global state, so they follow the user, not the
 * workspace. The built-in emulator profile is always first.
 */
export class ProfileStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  list(): Profile[] {
    return [EMULATOR_PROFILE, ...this.state.get<Profile[]>(PROFILES_KEY, [])];
  }

  get(id: string): Profile | undefined {
    return this.list().find((p) => p.id === id);
  }

  active(): Profile {
    return this.get(this.state.get<string>(ACTIVE_KEY, EMULATOR_PROFILE_ID)) ?? EMULATOR_PROFILE;
  }

  async setActive(id: string): Promise<void> {
    await this.state.update(ACTIVE_KEY, id);
    this.changed.fire();
  }

  /** Adds or replaces a cloud profile. */
  async save(profile: Profile): Promise<void> {
    if (profile.id === EMULATOR_PROFILE_ID) return;
    const others = this.state.get<Profile[]>(PROFILES_KEY, []).filter((p) => p.id !== profile.id);
    await this.state.update(
      PROFILES_KEY,
      [...others, profile].sort((a, b) => a.name.localeCompare(b.name)),
    );
    this.changed.fire();
  }

  async remove(id: string): Promise<void> {
    await this.state.update(
      PROFILES_KEY,
      this.state.get<Profile[]>(PROFILES_KEY, []).filter((p) => p.id !== id),
    );
    if (this.state.get<string>(ACTIVE_KEY) === id) await this.state.update(ACTIVE_KEY, EMULATOR_PROFILE_ID);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
