"""A tour of hvac against a running Vault or OpenBao server.

Reads VAULT_ADDR and VAULT_TOKEN from the environment, as hvac.Client() does.
Run it with `make demo`, which starts a local OpenBao dev server for it.
"""
import base64

import hvac
from hvac import exceptions


def main() -> None:
    client = hvac.Client()
    print(f"1. Connected to {client.url}; token valid: {client.is_authenticated()}")

    health = client.sys.read_health_status(method="GET")
    print(f"   server version {health['version']}, sealed: {health['sealed']}")

    # KV version 2 is mounted at secret/ on a dev server.
    kv = client.secrets.kv.v2
    kv.create_or_update_secret(path="demo/app", secret={"username": "app", "password": "s3cret"})
    print("2. Wrote secret/demo/app (KV v2)")
    read = kv.read_secret_version(path="demo/app", raise_on_deleted_version=True)
    print(f"   read it back: {read['data']['data']} (version {read['data']['metadata']['version']})")
    kv.create_or_update_secret(path="demo/app", secret={"username": "app", "password": "rotated"})
    print(f"   keys under demo/: {kv.list_secrets(path='demo')['data']['keys']}")

    client.sys.enable_secrets_engine(backend_type="transit", path="demo-transit")
    client.secrets.transit.create_key(name="demo-key", mount_point="demo-transit")
    plaintext = base64.b64encode(b"attack at dawn").decode()
    encrypted = client.secrets.transit.encrypt_data(name="demo-key", plaintext=plaintext, mount_point="demo-transit")
    ciphertext = encrypted["data"]["ciphertext"]
    print(f"3. Transit encrypted 'attack at dawn' -> {ciphertext[:32]}...")
    decrypted = client.secrets.transit.decrypt_data(name="demo-key", ciphertext=ciphertext, mount_point="demo-transit")
    print(f"   decrypted: {base64.b64decode(decrypted['data']['plaintext']).decode()!r}")

    try:
        kv.read_secret_version(path="demo/does-not-exist", raise_on_deleted_version=True)
    except exceptions.InvalidPath as error:
        print(f"4. Reading a missing secret raised InvalidPath: {error}")
    try:
        hvac.Client(token="not-a-real-token").secrets.kv.v2.read_secret_version(
            path="demo/app", raise_on_deleted_version=True
        )
    except exceptions.Forbidden as error:
        print(f"   a bad token raised Forbidden: {error}")

    kv.delete_metadata_and_all_versions(path="demo/app")
    client.sys.disable_secrets_engine(path="demo-transit")
    print("5. Cleaned up. Done.")


if __name__ == "__main__":
    main()
