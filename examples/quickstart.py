"""A tour of hvac against a running Vault or OpenBao server.

Reads VAULT_ADDR and VAULT_TOKEN from the environment, as hvac.Client() does. Run it with
`make demo`, which starts a local OpenBao dev server for it unless VAULT_ADDR is set.

The server may hold somebody's data, so the tour writes only under names of its own, with a
random suffix (the secret secret/demo-<suffix>/app, the transit mount demo-transit-<suffix>),
touches nothing else, and removes exactly what it created, also when a step fails.
"""
import base64
import secrets
import sys
from typing import Callable, List, Tuple
from urllib.parse import urlsplit

import requests

import hvac
from hvac import exceptions

#: What the tour created, each with the call that removes it.
Undo = List[Tuple[str, Callable[[], object]]]

EMBEDDED_HINT = "run `env -u VAULT_ADDR make demo` to use an embedded OpenBao dev server instead"


def describe(error: exceptions.VaultError) -> str:
    """What to look at in a Vault error: its class, the HTTP status and the path of the request.

    ``str(error)`` is Vault's own message, which can be empty (``None``) for a 404.
    """
    return f"{type(error).__name__}, status_code {error.status_code}, path {urlsplit(error.url or '').path}"


def tour(client: hvac.Client, suffix: str, undo: Undo) -> None:
    """The steps. Right after creating something, a step adds what it is and how to remove it to ``undo``."""
    health = client.sys.read_health_status(method="GET")
    print(f"1. Connected to {client.url}: server version {health['version']}, sealed: {health['sealed']}")

    # KV version 2 is mounted at secret/ on a dev server.
    kv = client.secrets.kv.v2
    folder = f"demo-{suffix}"
    app = f"{folder}/app"
    kv.create_or_update_secret(path=app, secret={"username": "app", "password": "s3cret"})
    undo.append((f"secret/{app}", lambda: kv.delete_metadata_and_all_versions(path=app)))
    print(f"2. Wrote secret/{app} (KV v2)")
    read = kv.read_secret_version(path=app, raise_on_deleted_version=True)
    print(f"   read it back: {read['data']['data']} (version {read['data']['metadata']['version']})")
    kv.create_or_update_secret(path=app, secret={"username": "app", "password": "rotated"})
    print(f"   keys under {folder}/: {kv.list_secrets(path=folder)['data']['keys']}")

    transit_mount = f"demo-transit-{suffix}"
    client.sys.enable_secrets_engine(backend_type="transit", path=transit_mount)
    undo.append((f"the mount {transit_mount}/", lambda: client.sys.disable_secrets_engine(path=transit_mount)))
    transit = client.secrets.transit
    transit.create_key(name="demo-key", mount_point=transit_mount)
    plaintext = base64.b64encode(b"attack at dawn").decode()
    encrypted = transit.encrypt_data(name="demo-key", plaintext=plaintext, mount_point=transit_mount)
    ciphertext = encrypted["data"]["ciphertext"]
    print(f"3. Transit ({transit_mount}/) encrypted 'attack at dawn' -> {ciphertext[:32]}...")
    decrypted = transit.decrypt_data(name="demo-key", ciphertext=ciphertext, mount_point=transit_mount)
    print(f"   decrypted: {base64.b64decode(decrypted['data']['plaintext']).decode()!r}")

    try:
        kv.read_secret_version(path=f"{folder}/does-not-exist", raise_on_deleted_version=True)
    except exceptions.InvalidPath as error:
        print(f"4. Reading a missing secret raised {describe(error)}")
    try:
        hvac.Client(url=client.url, token="not-a-real-token").secrets.kv.v2.read_secret_version(
            path=app, raise_on_deleted_version=True
        )
    except exceptions.Forbidden as error:
        print(f"   a bad token raised {describe(error)}")


def remove(undo: Undo) -> bool:
    """Remove what the tour created, newest first; report (in one line each) what could not be."""
    removed = True
    for what, step in reversed(undo):
        try:
            step()
        except (exceptions.VaultError, requests.exceptions.RequestException) as error:
            print(f"Could not remove {what}: {failure(error)}", file=sys.stderr)
            removed = False
    return removed


def failure(error: Exception) -> str:
    if isinstance(error, exceptions.VaultError):
        return describe(error)
    return f"{type(error).__name__}: {error}"


def main() -> int:
    """Run the tour; return the exit status. A failure is one line, not a traceback."""
    client = hvac.Client()
    undo: Undo = []
    try:
        if not client.is_authenticated():
            print(f"The token is not valid at {client.url}: set VAULT_TOKEN, or {EMBEDDED_HINT}.", file=sys.stderr)
            return 1
        tour(client, secrets.token_hex(4), undo)
    except requests.exceptions.ConnectionError:
        print(f"Nothing answers at {client.url}: start Vault or OpenBao there, or {EMBEDDED_HINT}.", file=sys.stderr)
        return 1
    except (exceptions.VaultError, requests.exceptions.RequestException) as error:
        print(f"The tour stopped: {failure(error)}", file=sys.stderr)
        return 1
    finally:
        removed = remove(undo)
    if not removed:
        return 1
    print(f"5. Removed what the tour created ({', '.join(what for what, _ in undo)}). Done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
