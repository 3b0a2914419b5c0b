"""client.sys key rotation (``sys/rotate/...``), server configuration (``sys/config/...``), the
plugin catalog (``sys/plugins/...``) and the Key additions (authenticated root token generation,
deletion of rekey backups), against real OpenBao servers.

Recovery keys exist only with an auto-unseal seal: OpenBao's ``static`` seal (a fixed AES key read
from a file) provides one locally, so the recovery-key flows run for real.
"""
import base64
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
import requests

import hvac
from hvac import exceptions

# --- helpers ----------------------------------------------------------------------------------


def shamir_server(factory: Any, shares: int = 3, threshold: int = 2) -> Tuple[Any, List[str], hvac.Client]:
    """A Shamir-sealed server, initialised and unsealed: (server, unseal keys, root client)."""
    server = factory(storage="inmem")
    init = server.initialize_and_unseal(shares=shares, threshold=threshold)
    return server, init["keys"], server.client(token=init["root_token"])


def static_seal_server(factory: Any, key_dir: Path, shares: int = 3, threshold: int = 2) -> Tuple[Any, List[str], hvac.Client]:
    """An auto-unsealed server (static seal), initialised: (server, recovery keys, root client)."""
    key_file = key_dir / "static-seal.key"
    key_file.write_bytes(os.urandom(32))
    seal = f'seal "static" {{\n  current_key_id = "hvac-test-1"\n  current_key = "file://{key_file}"\n}}\n'
    server = factory(storage="inmem", extra_config=seal)
    init = server.client(token=None).sys.initialize(recovery_shares=shares, recovery_threshold=threshold)
    server.wait_until_active()
    return server, init["recovery_keys"], server.client(token=init["root_token"])


def seal_and_unseal(server: Any, root: hvac.Client, keys: List[str]) -> Dict[str, Any]:
    assert root.sys.seal().status_code == 204
    status = server.client(token=None).sys.submit_unseal_keys(keys)
    server.wait_until_active()
    return status


def decode_token(encoded: str, otp: str) -> str:
    # OpenBao XORs the token with the OTP and encodes it as unpadded standard base64.
    xored = base64.b64decode(encoded + "=" * (-len(encoded) % 4))
    return bytes(a ^ b for a, b in zip(xored, otp.encode())).decode()


@pytest.fixture(scope="module")
def pgp() -> Iterator[Dict[str, Any]]:
    """A throw-away gpg home with one RSA key: ``public`` (base64) and ``decrypt(b64) -> str``."""
    if shutil.which("gpg") is None:
        pytest.skip("needs gpg to make a PGP key")
    home = tempfile.mkdtemp(prefix="hvac-gpg-s1-")
    env = dict(os.environ, GNUPGHOME=home)
    uid = "hvac sys s1 <hvac-sys-s1@example.invalid>"
    try:
        subprocess.run(["gpg", "--batch", "--passphrase", "", "--quick-gen-key", uid, "rsa2048", "encr", "never"],
                       env=env, check=True, capture_output=True, timeout=120)
        public = subprocess.run(["gpg", "--batch", "--export", "hvac-sys-s1@example.invalid"],
                                env=env, check=True, capture_output=True).stdout

        def decrypt(encrypted_b64: str) -> str:
            return subprocess.run(["gpg", "--batch", "--decrypt"], input=base64.b64decode(encrypted_b64), env=env,
                                  check=True, capture_output=True, timeout=60).stdout.decode()

        yield {"public": base64.b64encode(public).decode(), "decrypt": decrypt}
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], env=env, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


# --- root key rotation with new unseal shares (Shamir seal) -----------------------------------


def test_rotate_root_key_into_new_shares_then_unseal_with_them(bao_server_factory):
    server, old_keys, root = shamir_server(bao_server_factory, shares=3, threshold=2)

    idle = root.sys.read_root_key_rotation_progress()["data"]
    assert (idle["started"], idle["required"]) == (False, 2)

    # A started rotation can be abandoned: its settings are forgotten.
    started = root.sys.start_root_key_rotation(secret_shares=5, secret_threshold=4)["data"]
    assert (started["started"], started["n"], started["t"], started["progress"]) == (True, 5, 4, 0)
    assert root.sys.cancel_root_key_rotation().status_code == 204
    assert root.sys.read_root_key_rotation_progress()["data"]["started"] is False

    nonce = root.sys.start_root_key_rotation(secret_shares=4, secret_threshold=3)["data"]["nonce"]
    progress = root.sys.read_root_key_rotation_progress()["data"]
    assert (progress["nonce"], progress["n"], progress["t"], progress["required"]) == (nonce, 4, 3, 2)
    assert root.sys.submit_root_key_rotation_share(old_keys[0], nonce)["data"]["progress"] == 1

    # The helper submits the rest and stops once complete (here after one more share).
    done = root.sys.submit_root_key_rotation_shares(old_keys[1:], nonce)["data"]
    assert done["complete"] is True and done["verification_required"] is False
    new_keys = done["keys"]
    assert len(new_keys) == 4 and not set(new_keys) & set(old_keys)
    assert root.sys.read_root_key_rotation_progress()["data"]["started"] is False

    # The old shares no longer unseal; three of the four new ones do.
    assert root.sys.seal().status_code == 204
    with pytest.raises(exceptions.VaultError):
        server.client(token=None).sys.submit_unseal_keys(old_keys)
    unsealer = server.client(token=None)
    unsealer.sys.submit_unseal_key(reset=True)
    status = unsealer.sys.submit_unseal_keys(new_keys[1:])
    server.wait_until_active()
    assert (status["sealed"], status["t"], status["n"]) == (False, 3, 4)


def test_root_key_rotation_with_verification_of_the_new_shares(bao_server_factory):
    server, old_keys, root = shamir_server(bao_server_factory, shares=2, threshold=2)
    with pytest.raises(exceptions.InvalidRequest, match="no rotation configuration"):
        root.sys.read_root_key_rotation_verification_progress()

    nonce = root.sys.start_root_key_rotation(secret_shares=3, secret_threshold=2, require_verification=True)["data"]["nonce"]
    done = root.sys.submit_root_key_rotation_shares(old_keys, nonce)["data"]
    assert (done["complete"], done["verification_required"]) == (True, True)
    new_keys, verification_nonce = done["keys"], done["verification_nonce"]

    verification = root.sys.read_root_key_rotation_verification_progress()["data"]
    assert (verification["nonce"], verification["progress"], verification["t"], verification["n"]) == (
        verification_nonce, 0, 2, 3)
    assert root.sys.verify_root_key_rotation_share(new_keys[0], verification_nonce)["data"]["progress"] == 1

    # Restarting the verification drops its progress under a new nonce; the new shares stay pending.
    restarted = root.sys.cancel_root_key_rotation_verification()["data"]
    assert restarted["progress"] == 0 and restarted["nonce"] != verification_nonce

    verified = root.sys.verify_root_key_rotation_shares(new_keys, restarted["nonce"])["data"]
    assert verified == {"complete": True, "nonce": restarted["nonce"]}
    assert seal_and_unseal(server, root, new_keys[1:])["sealed"] is False


def test_rotate_root_key_without_shares_keeps_the_unseal_keys(bao_server_factory):
    server, keys, root = shamir_server(bao_server_factory, shares=1, threshold=1)
    assert root.sys.rotate_root_key().status_code == 204
    assert seal_and_unseal(server, root, keys)["sealed"] is False


# --- backups of PGP-encrypted shares ----------------------------------------------------------


@pytest.mark.parametrize("seal", ["shamir", "static"])
def test_rotation_and_rekey_backups_are_read_then_deleted(seal, bao_server_factory, tmp_path, pgp):
    if seal == "shamir":
        server, keys, root = shamir_server(bao_server_factory, shares=1, threshold=1)
        kind, recovery = "root", False
    else:
        server, keys, root = static_seal_server(bao_server_factory, tmp_path, shares=1, threshold=1)
        kind, recovery = "recovery", True
    sys_api = root.sys
    read_backup = getattr(sys_api, f"read_{kind}_key_rotation_backup")
    with pytest.raises(exceptions.InvalidRequest, match="no backed-up keys"):
        read_backup()

    # The rotate API keeps the encrypted new shares when asked to ...
    started = getattr(sys_api, f"start_{kind}_key_rotation")(1, 1, pgp_keys=[pgp["public"]], backup=True)["data"]
    done = getattr(sys_api, f"submit_{kind}_key_rotation_shares")(keys, started["nonce"])["data"]
    assert done["complete"] is True and done["backup"] is True
    (fingerprint,) = done["pgp_fingerprints"]
    backup = read_backup()["data"]
    assert backup["keys_base64"] == {fingerprint: done["keys_base64"]}
    new_key = pgp["decrypt"](done["keys_base64"][0])
    assert getattr(sys_api, f"delete_{kind}_key_rotation_backup")().status_code == 204
    with pytest.raises(exceptions.InvalidRequest, match="no backed-up keys"):
        read_backup()

    # ... and so does the older rekey API, whose backup delete_backup_keys removes.
    rekey = sys_api.start_rekey(secret_shares=1, secret_threshold=1, pgp_keys=[pgp["public"]], backup=True,
                                recovery_key=recovery)
    assert sys_api.rekey_multi([new_key], nonce=rekey["nonce"], recovery_key=recovery)["complete"] is True
    assert fingerprint in sys_api.read_backup_keys(recovery_key=recovery)["data"]["keys"]
    assert sys_api.delete_backup_keys(recovery_key=recovery).status_code == 204
    with pytest.raises(exceptions.InvalidRequest, match="no backed-up keys"):
        sys_api.read_backup_keys(recovery_key=recovery)


# --- recovery key rotation (auto-unseal) and authenticated root token generation --------------


def test_rotate_recovery_key_then_generate_a_root_token_with_the_new_shares(bao_server_factory, tmp_path):
    server, old_keys, root = static_seal_server(bao_server_factory, tmp_path, shares=3, threshold=2)
    assert root.sys.read_recovery_key_rotation_progress()["data"]["started"] is False

    root.sys.start_recovery_key_rotation(secret_shares=2, secret_threshold=2)
    assert root.sys.cancel_recovery_key_rotation().status_code == 204
    assert root.sys.read_recovery_key_rotation_progress()["data"]["started"] is False

    nonce = root.sys.start_recovery_key_rotation(2, 2, require_verification=True)["data"]["nonce"]
    assert root.sys.submit_recovery_key_rotation_share(old_keys[0], nonce)["data"]["progress"] == 1
    done = root.sys.submit_recovery_key_rotation_shares(old_keys[1:], nonce)["data"]
    assert (done["complete"], done["verification_required"], len(done["keys"])) == (True, True, 2)
    new_keys = done["keys"]

    verification_nonce = root.sys.read_recovery_key_rotation_verification_progress()["data"]["nonce"]
    assert verification_nonce == done["verification_nonce"]
    assert root.sys.verify_recovery_key_rotation_share(new_keys[0], verification_nonce)["data"]["progress"] == 1
    restarted = root.sys.cancel_recovery_key_rotation_verification()["data"]
    assert (restarted["progress"], restarted["n"]) == (0, 2) and restarted["nonce"] != verification_nonce
    verified = root.sys.verify_recovery_key_rotation_shares(new_keys, restarted["nonce"])
    assert verified["data"]["complete"] is True

    # The new recovery shares now authorise a root token generation; the old ones are refused.
    assert root.sys.read_root_token_generation_attempt()["data"]["started"] is False
    root.sys.start_root_token_generation_attempt()
    assert root.sys.cancel_root_token_generation_attempt().status_code == 204
    assert root.sys.read_root_token_generation_attempt()["data"]["started"] is False

    attempt = root.sys.start_root_token_generation_attempt()["data"]
    assert attempt["started"] is True and len(attempt["otp"]) == attempt["otp_length"]
    with pytest.raises(exceptions.InternalServerError, match="recovery key"):
        root.sys.submit_root_token_generation_shares(old_keys[:2], attempt["nonce"])
    assert root.sys.submit_root_token_generation_share(new_keys[0], attempt["nonce"])["data"]["progress"] == 1
    generated = root.sys.submit_root_token_generation_shares(new_keys[1:], attempt["nonce"])["data"]
    assert generated["complete"] is True

    new_root = server.client(token=decode_token(generated["encoded_token"], attempt["otp"]))
    assert new_root.lookup_token()["data"]["policies"] == ["root"]
    new_root.adapter.close()


def test_generate_root_token_with_a_chosen_otp_on_a_shamir_server(bao_server_factory):
    server, keys, root = shamir_server(bao_server_factory, shares=3, threshold=2)
    otp_length = root.sys.read_root_token_generation_attempt()["data"]["otp_length"]
    otp = base64.b64encode(os.urandom(otp_length)).decode()[:otp_length]
    attempt = root.sys.start_root_token_generation_attempt(otp=otp)["data"]
    assert attempt["otp"] == ""  # a chosen OTP is not echoed back
    generated = root.sys.submit_root_token_generation_shares(keys, attempt["nonce"])["data"]
    assert generated["complete"] is True and generated["progress"] == 2
    token = decode_token(generated["encoded_token"], otp)
    assert server.client(token=token).lookup_token()["data"]["policies"] == ["root"]


def test_recovery_operations_are_refused_on_a_shamir_seal(client):
    # The dev server has a Shamir seal: there is no recovery key to rotate.
    with pytest.raises(exceptions.InvalidRequest, match="recovery not supported"):
        client.sys.read_recovery_key_rotation_progress()
    with pytest.raises(exceptions.InvalidRequest, match="recovery keys not supported"):
        client.sys.start_recovery_key_rotation(secret_shares=1, secret_threshold=1)


def test_bare_generate_root_path_is_declared_but_not_served(client):
    # OpenBao's API document lists GET/POST/DELETE /sys/generate-root; 2.7.2 answers 405 for each.
    for call in (client.sys.read_generate_root, client.sys.start_generate_root, client.sys.cancel_generate_root):
        with pytest.raises(exceptions.UnexpectedError, match="unsupported operation") as raised:
            call()
        assert raised.value.status_code == 405


# --- keyring ----------------------------------------------------------------------------------


def test_keyring_rotation_and_its_automatic_settings(bao_server_factory):
    _, _, root = shamir_server(bao_server_factory, shares=1, threshold=1)
    term = root.sys.get_encryption_key_status()["data"]["term"]
    assert root.sys.rotate_keyring().status_code == 204
    assert root.sys.get_encryption_key_status()["data"]["term"] == term + 1

    # Both paths hold the same settings: written through one, read through the other.
    assert root.sys.configure_keyring_rotation(enabled=True, interval="24h", max_operations=1000000).status_code == 204
    assert root.sys.read_encryption_key_rotation_config()["data"] == {
        "enabled": True, "interval": "24h0m0s", "max_operations": 1000000}
    assert root.sys.configure_encryption_key_rotation(interval=0).status_code == 204
    assert root.sys.read_keyring_rotation_config()["data"] == {"enabled": True, "interval": 0, "max_operations": 1000000}


# --- config -----------------------------------------------------------------------------------


def test_cors_config_round_trip_and_effect(client, vault_dev):
    origin = "http://127.0.0.1:9"
    try:
        assert client.sys.configure_cors(allowed_origins=[origin], allowed_headers=["X-Hvac-Test"]).status_code == 204
        config = client.sys.read_cors_config()["data"]
        assert (config["enabled"], config["allowed_origins"], config["allow_credentials"]) == (True, [origin], False)
        assert "X-Hvac-Test" in config["allowed_headers"] and "X-Vault-Token" in config["allowed_headers"]
        answer = requests.get(f"{vault_dev.url}/v1/sys/health", headers={"Origin": origin}, timeout=10)
        assert answer.headers["Access-Control-Allow-Origin"] == origin

        client.sys.configure_cors(allowed_origins="*", allow_credentials=True)
        assert client.sys.read_cors_config()["data"]["allowed_origins"] == ["*"]
    finally:
        assert client.sys.delete_cors_config().status_code == 204
    assert client.sys.read_cors_config()["data"] == {"enabled": False}
    answer = requests.get(f"{vault_dev.url}/v1/sys/health", headers={"Origin": origin}, timeout=10)
    assert "Access-Control-Allow-Origin" not in answer.headers


def test_audited_request_header_round_trip_and_audit_log(bao_server_factory, tmp_path, unique):
    server = bao_server_factory(dev=True)
    root = server.client()
    header = unique("X-Hvac-Audited")
    log_file = tmp_path / "audit.log"
    root.sys.enable_audit_device("file", options={"file_path": str(log_file)})

    assert root.sys.create_or_update_audited_request_header(header, hmac=True).status_code == 204
    assert root.sys.read_audited_request_header(header)["data"] == {header: {"hmac": True}}
    assert root.sys.list_audited_request_headers()["data"]["headers"] == {header.lower(): {"hmac": True}}
    def audited_request(value: str) -> None:
        requests.get(f"{server.url}/v1/sys/mounts", headers={"X-Vault-Token": "root", header: value}, timeout=10)

    audited_request("hidden-value")
    root.sys.create_or_update_audited_request_header(header, hmac=False)
    assert root.sys.read_audited_request_header(header)["data"] == {header: {"hmac": False}}
    audited_request("plain-value")

    recorded = [json.loads(line)["request"].get("headers", {}) for line in log_file.read_text().splitlines()
                if json.loads(line)["type"] == "request"]
    values = [h[header.lower()][0] for h in recorded if header.lower() in h]
    assert len(values) == 2 and values[0].startswith("hmac-sha256:") and values[1] == "plain-value"

    assert root.sys.delete_audited_request_header(header).status_code == 204
    with pytest.raises(exceptions.InvalidRequest, match="Could not find header"):
        root.sys.read_audited_request_header(header)
    assert root.sys.list_audited_request_headers()["data"]["headers"] == {}


def test_ui_header_round_trip(client, unique):
    # OpenBao stores the name in Go's canonical form (each dash-separated part capitalised).
    header = "-".join(part.capitalize() for part in unique("X-Hvac-Ui").split("-"))
    client.sys.create_or_update_ui_header(header, ["first", "second"], multivalue=True)
    try:
        assert client.sys.read_ui_header(header)["data"] == {"value": "first"}
        assert client.sys.read_ui_header(header, multivalue=True)["data"] == {"values": ["first", "second"]}
        assert header in client.sys.list_ui_headers()["data"]["keys"]
        client.sys.create_or_update_ui_header(header, ["only"])
        assert client.sys.read_ui_header(header, multivalue=True)["data"] == {"values": ["only"]}
    finally:
        assert client.sys.delete_ui_header(header).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_ui_header(header)


def test_sanitized_config_and_reload(client):
    config = client.sys.read_sanitized_config()["data"]
    (listener,) = config["listeners"]
    assert listener["type"] == "tcp" and listener["config"]["tls_disable"] is True
    assert config["storage"]["type"] == "inmem" and config["seals"] == [{"disabled": False, "type": "shamir"}]
    # OpenBao 2.7.2 declares sys/config/reload/{subsystem} but reloads no subsystem through it.
    with pytest.raises(exceptions.InvalidPath, match="unsupported path"):
        client.sys.reload_subsystem("license")


# --- plugins ----------------------------------------------------------------------------------


def test_plugin_catalog_read_and_list(client):
    catalog = client.sys.read_plugin_catalog()["data"]
    assert "kv" in catalog["secret"] and "userpass" in catalog["auth"] and catalog["database"]
    kv = next(entry for entry in catalog["detailed"] if (entry["type"], entry["name"]) == ("secret", "kv"))
    assert kv["builtin"] is True
    assert "transit" in client.sys.list_plugins("secret")["data"]["keys"]

    entry = client.sys.read_plugin("auth", "userpass")["data"]
    assert (entry["name"], entry["builtin"], entry["version"]) == ("userpass", True, kv["version"])
    with pytest.raises(exceptions.InvalidPath):
        client.sys.read_plugin("secret", "kv", version="v0.0.1")

    # The paths without a type are deprecated: no data, a warning.
    assert "Deprecated" in client.sys.read_plugin_by_name("kv")["warnings"][0]


def test_reload_plugin_backends_of_a_mount(client, mount_engine):
    path = mount_engine("kv", options={"version": "2"})
    client.secrets.kv.v2.create_or_update_secret("colour", {"value": "blue"}, mount_point=path)
    reload_id = client.sys.reload_plugin_backends(mounts=[path])["data"]["reload_id"]
    assert reload_id
    secret = client.secrets.kv.v2.read_secret("colour", mount_point=path, raise_on_deleted_version=True)
    assert secret["data"]["data"] == {"value": "blue"}
    with pytest.raises(exceptions.InvalidRequest, match="cannot be set at the same time"):
        client.sys.reload_plugin_backends(plugin="kv", mounts=[path])


def test_register_read_and_deregister_a_plugin(bao_server_factory, tmp_path):
    # A catalog entry only points at an executable in plugin_directory: registering it under a type
    # does not run it, so a dummy script is enough. Mounting it would need a real plugin binary.
    plugin_dir = tmp_path / "plugins"
    plugin_dir.mkdir()
    executable = plugin_dir / "hvac-dummy-plugin"
    executable.write_text("#!/bin/sh\nexit 1\n")
    executable.chmod(0o755)
    sha256 = hashlib.sha256(executable.read_bytes()).hexdigest()
    server = bao_server_factory(dev=True, extra_config=f'plugin_directory = "{plugin_dir}"\n')
    root = server.client()

    answer = root.sys.register_plugin("secret", "dummy", "hvac-dummy-plugin", sha256=sha256, args=["-x"], env=["A=b"])
    assert answer.status_code == 204
    entry = root.sys.read_plugin("secret", "dummy")["data"]
    assert (entry["command"], entry["sha256"], entry["args"], entry["builtin"]) == (
        "hvac-dummy-plugin", sha256, ["-x"], False)
    assert "dummy" in root.sys.list_plugins("secret")["data"]["keys"]
    assert "dummy" not in root.sys.list_plugins("auth")["data"]["keys"]

    root.sys.register_plugin("secret", "dummy", "hvac-dummy-plugin", sha256=sha256, version="v1.0.0")
    assert root.sys.read_plugin("secret", "dummy", version="v1.0.0")["data"]["version"] == "v1.0.0"
    assert root.sys.deregister_plugin("secret", "dummy", version="v1.0.0").status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        root.sys.read_plugin("secret", "dummy", version="v1.0.0")
    assert root.sys.read_plugin("secret", "dummy")["data"]["version"] == ""
    assert root.sys.deregister_plugin("secret", "dummy").status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        root.sys.read_plugin("secret", "dummy")

    # The deprecated path without a type runs the executable to learn its type: the script fails.
    with pytest.raises(exceptions.InternalServerError, match="failed to load plugin"):
        root.sys.register_plugin_by_name("dummy2", "hvac-dummy-plugin", sha256=sha256, plugin_type="secret")
    assert "Deprecated" in root.sys.deregister_plugin_by_name("dummy2")["warnings"][0]

    # Reloading by plugin name restarts every mount of that plugin (only on this private server).
    assert root.sys.reload_plugin_backends(plugin="kv")["data"]["reload_id"]
