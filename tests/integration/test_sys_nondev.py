"""client.sys init, seal/unseal, root token generation, rekey and Raft storage, on non-dev
OpenBao servers (Shamir seal; the listener allows the unauthenticated generate-root and rekey
endpoints, see tests/openbao.py)."""
import base64
import os
import secrets
import shutil
import string
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Dict, List

import pytest

from hvac import exceptions


def wait_for(predicate: Callable[[], Any], timeout: float = 20.0, interval: float = 0.1) -> Any:
    """Poll ``predicate`` until it returns something truthy (errors count as not yet)."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except exceptions.VaultError as error:
            last_error = error
        else:
            if value:
                return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last error: {last_error!r})")


def decode_root_token(encoded_token: str, otp: str) -> str:
    """OpenBao 2.x returns the new root token XORed with the OTP, base64-encoded with the standard
    alphabet and no padding (Go's ``base64.RawStdEncoding``)."""
    padded = encoded_token + "=" * (-len(encoded_token) % 4)
    xored = base64.b64decode(padded, validate=True)
    assert len(xored) == len(otp)
    return bytes(a ^ b for a, b in zip(xored, otp.encode())).decode()


def seal_then_unseal(server: Any, root_token: str, keys: List[str]) -> Dict[str, Any]:
    root = server.client(token=root_token)
    assert root.sys.seal().status_code == 204
    assert root.sys.is_sealed() is True
    status = server.client(token=None).sys.submit_unseal_keys(keys)
    server.wait_until_active()
    return status


# --- init and seal ----------------------------------------------------------------------------


def test_initialize_seal_and_unseal(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    client = server.client(token=None)

    assert client.sys.is_initialized() is False
    assert client.sys.read_init_status() == {"initialized": False}
    before = client.sys.read_seal_status()
    assert (before["initialized"], before["sealed"]) == (False, True)

    result = client.sys.initialize(secret_shares=5, secret_threshold=3)
    keys = result["keys"]
    assert len(keys) == 5 and len(result["keys_base64"]) == 5
    assert result["root_token"]
    assert client.sys.is_initialized() is True
    assert client.sys.is_sealed() is True

    # One share, then reset: the progress goes back to 0.
    assert client.sys.submit_unseal_key(key=keys[0])["progress"] == 1
    reset = client.sys.submit_unseal_key(reset=True)
    assert (reset["progress"], reset["sealed"]) == (0, True)

    # submit_unseal_keys stops as soon as the server is unsealed (after the 3rd of 5 shares).
    status = client.sys.submit_unseal_keys(keys)
    assert (status["sealed"], status["progress"], status["t"], status["n"]) == (False, 0, 3, 5)
    server.wait_until_active()
    assert client.seal_status["sealed"] is False

    # Seal with the root token, then unseal one share at a time with another subset of shares.
    root = server.client(token=result["root_token"])
    assert root.sys.seal().status_code == 204
    assert client.sys.is_sealed() is True
    for expected_progress, key in enumerate(keys[2:4], start=1):
        assert client.sys.submit_unseal_key(key)["progress"] == expected_progress
    assert client.sys.submit_unseal_key(keys[4])["sealed"] is False


def test_initialize_without_share_counts_warns_and_uses_5_of_3(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    client = server.client(token=None)
    with pytest.warns(DeprecationWarning) as record:
        result = client.sys.initialize()
    warned = [str(warning.message).split(" parameter")[0] for warning in record]
    assert warned == ["The secret_shares", "The secret_threshold"]
    assert len(result["keys"]) == 5
    status = client.sys.read_seal_status()
    assert (status["t"], status["n"]) == (3, 5)


# --- root token generation --------------------------------------------------------------------


def _finish_root_generation(client: Any, keys: List[str], nonce: str) -> Dict[str, Any]:
    answer: Dict[str, Any] = {}
    for submitted, key in enumerate(keys, start=1):
        answer = client.sys.generate_root(key=key, nonce=nonce)
        assert answer["progress"] == submitted
        if answer["complete"]:
            break
    assert answer["complete"] is True
    return answer


def test_generate_root_token_with_an_otp(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    init = server.initialize_and_unseal(shares=3, threshold=2)
    client = server.client(token=None)

    progress = client.sys.read_root_generation_progress()
    assert (progress["started"], progress["required"]) == (False, 2)
    otp_length = progress["otp_length"]
    otp = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(otp_length))

    started = client.sys.start_root_token_generation(otp=otp)
    assert started["started"] is True
    assert client.generate_root_status["nonce"] == started["nonce"]

    done = _finish_root_generation(client, init["keys"], started["nonce"])
    new_token = decode_root_token(done["encoded_token"], otp)
    assert new_token != init["root_token"]

    new_root = server.client(token=new_token)
    looked_up = new_root.lookup_token()["data"]
    assert looked_up["policies"] == ["root"]
    new_root.revoke_token(new_token)


def test_generate_root_token_with_a_server_made_otp_and_cancel(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    init = server.initialize_and_unseal(shares=3, threshold=2)
    client = server.client(token=None)

    # An attempt can be cancelled half-way.
    started = client.sys.start_root_token_generation()
    assert client.sys.generate_root(key=init["keys"][0], nonce=started["nonce"])["progress"] == 1
    assert client.sys.cancel_root_generation().status_code == 204
    assert client.sys.read_root_generation_progress()["started"] is False

    # Without an otp argument the server makes one and returns it once.
    started = client.sys.start_root_token_generation()
    otp = started["otp"]
    assert len(otp) == started["otp_length"]
    done = _finish_root_generation(client, init["keys"][1:], started["nonce"])
    new_token = decode_root_token(done["encoded_token"], otp)
    assert server.client(token=new_token).lookup_token()["data"]["policies"] == ["root"]


# --- rekey ------------------------------------------------------------------------------------


def test_rekey_then_unseal_with_the_new_keys(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    init = server.initialize_and_unseal(shares=3, threshold=2)
    client = server.client(token=None)

    assert client.sys.read_rekey_progress()["started"] is False
    started = client.sys.start_rekey(secret_shares=4, secret_threshold=2)
    progress = client.rekey_status
    assert (progress["started"], progress["n"], progress["t"], progress["nonce"]) == (True, 4, 2, started["nonce"])

    # rekey_multi stops once the threshold of old shares is reached.
    rekeyed = client.sys.rekey_multi(init["keys"], nonce=started["nonce"])
    assert rekeyed["complete"] is True
    new_keys = rekeyed["keys"]
    assert len(new_keys) == 4 and not set(new_keys) & set(init["keys"])

    status = seal_then_unseal(server, init["root_token"], new_keys[2:])
    assert (status["sealed"], status["t"], status["n"]) == (False, 2, 4)


def test_cancel_rekey(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    init = server.initialize_and_unseal(shares=3, threshold=2)
    client = server.client(token=None)

    started = client.sys.start_rekey(secret_shares=3, secret_threshold=2)
    assert client.sys.rekey(key=init["keys"][0], nonce=started["nonce"])["progress"] == 1
    assert client.sys.cancel_rekey().status_code == 204
    assert client.sys.read_rekey_progress()["started"] is False
    # The old keys are still the ones that unseal.
    assert seal_then_unseal(server, init["root_token"], init["keys"][1:])["sealed"] is False


def test_rekey_with_verification(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    init = server.initialize_and_unseal(shares=2, threshold=2)
    client = server.client(token=None)

    started = client.sys.start_rekey(secret_shares=3, secret_threshold=2, require_verification=True)
    assert started["verification_required"] is True
    rekeyed = client.sys.rekey_multi(init["keys"], nonce=started["nonce"])
    assert rekeyed["complete"] is True
    new_keys, verification_nonce = rekeyed["keys"], rekeyed["verification_nonce"]

    progress = client.sys.read_rekey_verify_progress()
    assert (progress["nonce"], progress["progress"], progress["t"]) == (verification_nonce, 0, 2)
    assert client.sys.rekey_verify(key=new_keys[0], nonce=verification_nonce)["progress"] == 1

    # Cancelling the verification resets its progress under a new nonce; the new keys stay.
    cancelled = client.sys.cancel_rekey_verify()
    assert cancelled["progress"] == 0 and cancelled["nonce"] != verification_nonce
    verification_nonce = client.sys.read_rekey_verify_progress()["nonce"]
    assert verification_nonce == cancelled["nonce"]

    verified = client.sys.rekey_verify_multi(new_keys, nonce=verification_nonce)
    assert verified["complete"] is True
    assert client.sys.read_rekey_progress()["started"] is False

    status = seal_then_unseal(server, init["root_token"], new_keys[1:])
    assert (status["sealed"], status["n"]) == (False, 3)


@pytest.mark.skipif(shutil.which("gpg") is None, reason="needs gpg to make a PGP key")
def test_rekey_with_pgp_backup_and_read_backup_keys(bao_server_factory):
    server = bao_server_factory(storage="inmem")
    init = server.initialize_and_unseal(shares=1, threshold=1)
    client = server.client(token=None)
    root = server.client(token=init["root_token"])

    with pytest.raises(exceptions.InvalidRequest, match="no backed-up keys"):
        root.sys.read_backup_keys()

    gnupg_home = tempfile.mkdtemp(prefix="hvac-gpg-")
    env = dict(os.environ, GNUPGHOME=gnupg_home)
    try:
        uid = "hvac test <hvac-test@example.invalid>"
        subprocess.run(
            ["gpg", "--batch", "--passphrase", "", "--quick-gen-key", uid, "rsa2048", "encr", "never"],
            env=env, check=True, capture_output=True, timeout=60,
        )
        public_key = subprocess.run(
            ["gpg", "--batch", "--export", "hvac-test@example.invalid"], env=env, check=True, capture_output=True
        ).stdout

        started = client.sys.start_rekey(
            secret_shares=1, secret_threshold=1, pgp_keys=[base64.b64encode(public_key).decode()], backup=True
        )
        assert started["backup"] is True
        rekeyed = client.sys.rekey_multi(init["keys"], nonce=started["nonce"])
        assert rekeyed["complete"] is True

        backup = root.sys.read_backup_keys()["data"]
        (fingerprint,) = backup["keys_base64"]
        assert backup["keys_base64"][fingerprint] == rekeyed["keys_base64"]

        encrypted = base64.b64decode(backup["keys_base64"][fingerprint][0])
        new_key = subprocess.run(
            ["gpg", "--batch", "--decrypt"], input=encrypted, env=env, check=True, capture_output=True, timeout=60
        ).stdout.decode()
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], env=env, capture_output=True)
        shutil.rmtree(gnupg_home, ignore_errors=True)

    assert seal_then_unseal(server, init["root_token"], [new_key])["sealed"] is False


# --- raft storage -----------------------------------------------------------------------------


def _raft_servers(client: Any) -> List[Dict[str, Any]]:
    return client.sys.read_raft_config()["data"]["config"]["servers"]


def test_raft_snapshot_take_and_restore(bao_server_factory):
    server = bao_server_factory(storage="raft")
    init = server.initialize_and_unseal()
    root = server.client(token=init["root_token"])

    (node,) = _raft_servers(root)
    assert (node["node_id"], node["leader"], node["voter"]) == ("node1", True, True)

    root.write("sys/mounts/kv", type="kv")
    root.write("kv/colour", value="blue")
    snapshot = root.sys.take_raft_snapshot()
    assert snapshot.status_code == 200
    data = snapshot.content
    assert data[:2] == b"\x1f\x8b"  # a gzip archive

    root.write("kv/colour", value="red")
    assert root.sys.restore_raft_snapshot(data).status_code == 204
    wait_for(lambda: root.read("kv/colour")["data"] == {"value": "blue"})

    # Automated snapshots are a Vault Enterprise feature.
    with pytest.raises(exceptions.InvalidPath):
        root.sys.list_raft_auto_snapshot_configs()


def test_raft_force_restore_of_another_clusters_snapshot(bao_server_factory):
    first = bao_server_factory(storage="raft")
    second = bao_server_factory(storage="raft")
    # Raft initialisation waits for a leader election: do both at once.
    with ThreadPoolExecutor(max_workers=2) as pool:
        first_init, second_init = pool.map(lambda server: server.initialize_and_unseal(), (first, second))
    first_root = first.client(token=first_init["root_token"])

    other_snapshot = second.client(token=second_init["root_token"]).sys.take_raft_snapshot().content
    with pytest.raises(exceptions.InvalidRequest, match="snapshot-force"):
        first_root.sys.restore_raft_snapshot(other_snapshot)

    assert first_root.sys.force_restore_raft_snapshot(other_snapshot).status_code == 204
    # The restored keyring belongs to the other cluster: unseal with its keys, use its root token.
    client = first.client(token=None)
    wait_for(client.sys.is_sealed)
    assert client.sys.submit_unseal_keys(second_init["keys"])["sealed"] is False
    first.wait_until_active()
    looked_up = wait_for(lambda: first.client(token=second_init["root_token"]).lookup_token())
    assert looked_up["data"]["policies"] == ["root"]


def test_raft_join_and_remove_node(bao_server_factory):
    leader = bao_server_factory(storage="raft")
    init = leader.initialize_and_unseal()
    root = leader.client(token=init["root_token"])

    follower = bao_server_factory(storage="raft", node_id="node2")
    follower_client = follower.client(token=None)
    assert follower_client.sys.join_raft_cluster(leader_api_addr=leader.url)["joined"] is True
    follower_client.sys.submit_unseal_keys(init["keys"])

    servers = wait_for(lambda: len(_raft_servers(root)) == 2 and _raft_servers(root))
    assert {s["node_id"] for s in servers} == {"node1", "node2"}

    assert root.sys.remove_raft_node(server_id="node2").status_code == 204
    assert [s["node_id"] for s in _raft_servers(root)] == ["node1"]

