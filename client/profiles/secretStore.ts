import * as vscode from 'vscode';
import type { Credentials } from '../../cloud';
import { placeholderKey, readSecretNames, SECRET_NAMES_KEY, secretNamesWith } from './secretNames';

/** The AK/SK of a profile, in VS Code's SecretStorage (OS keychain) and nowhere else. */
const credentialsKey = (profileId: string) => `ecs.profile.${profileId}.credentials`;

export class SecretStorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      'VS Code could not use the system keychain to keep your access keys ' +
        `(${cause instanceof Error ? cause.message : String(cause)}). ` +
        'They were not saved: they are never written to a plain file. ' +
        'On Linux, install and unlock a keyring (for example gnome-keyring or KWallet with libsecret), ' +
        'or start VS Code with --password-store="gnome-libsecret" or "kwallet5", then try again.',
    );
    this.name = 'SecretStorageUnavailableError';
  }
}

async function guarded<T>(work: () => Thenable<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new SecretStorageUnavailableError(error);
  }
}

export class SecretStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async getCredentials(profileId: string): Promise<Credentials | undefined> {
    const raw = await guarded(() => this.secrets.get(credentialsKey(profileId)));
    if (!raw) return undefined;
    try {
      const parsed = JSON.parse(raw) as Partial<Credentials>;
      return parsed.ak && parsed.sk ? { ak: parsed.ak, sk: parsed.sk, securityToken: parsed.securityToken } : undefined;
    } catch {
      return undefined;
    }
  }

  async storeCredentials(profileId: string, credentials: Credentials): Promise<void> {
    await guarded(() => this.secrets.store(credentialsKey(profileId), JSON.stringify(credentials)));
  }

  async deleteCredentials(profileId: string): Promise<void> {
    await guarded(() => this.secrets.delete(credentialsKey(profileId)));
  }

  async getPlaceholder(name: string): Promise<string | undefined> {
    const value = await guarded(() => this.secrets.get(placeholderKey(name)));
    // A value stored before the names list existed gets listed when it is first used.
    if (value !== undefined) await this.noteName(name, true);
    return value;
  }

  async storePlaceholder(name: string, value: string): Promise<void> {
    await guarded(() => this.secrets.store(placeholderKey(name), value));
    await this.noteName(name, true);
  }

  async deletePlaceholder(name: string): Promise<void> {
    await guarded(() => this.secrets.delete(placeholderKey(name)));
    await this.noteName(name, false);
  }

  /** The names of the stored `${secret:NAME}` values (names only; see secretNames.ts). */
  async placeholderNames(): Promise<string[]> {
    return readSecretNames(await guarded(() => this.secrets.get(SECRET_NAMES_KEY)));
  }

  /**
   * Brings the names list in line with whether `name` has a value stored, after a change from any
   * window (SecretStorage.onDidChange); true when the list changed.
   */
  async reconcileName(name: string): Promise<boolean> {
    const stored = (await guarded(() => this.secrets.get(placeholderKey(name)))) !== undefined;
    return this.noteName(name, stored);
  }

  private async noteName(name: string, present: boolean): Promise<boolean> {
    const next = secretNamesWith(await this.placeholderNames(), name, present);
    if (next) await guarded(() => this.secrets.store(SECRET_NAMES_KEY, JSON.stringify(next)));
    return next !== undefined;
  }
}
