"""Transit secrets engine against the shared OpenBao dev server.

Each test mounts transit at a unique path and unmounts it afterwards (which removes its keys).
"""
import base64
import hashlib
import hmac as hmac_lib

import pytest

from hvac import exceptions


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture
def mount(mount_engine) -> str:
    return mount_engine("transit")


@pytest.fixture
def transit(client):
    return client.secrets.transit


def test_encrypt_decrypt_rewrap_with_rotation_and_min_versions(transit, mount):
    transit.create_key(name="app", mount_point=mount)
    plaintext = b64(b"the secret")

    v1 = transit.encrypt_data(name="app", plaintext=plaintext, mount_point=mount)["data"]["ciphertext"]
    assert v1.startswith("vault:v1:")
    assert transit.decrypt_data(name="app", ciphertext=v1, mount_point=mount)["data"]["plaintext"] == plaintext

    transit.rotate_key(name="app", mount_point=mount)
    transit.rotate_key(name="app", mount_point=mount)
    key = transit.read_key(name="app", mount_point=mount)["data"]
    assert key["latest_version"] == 3
    assert sorted(key["keys"]) == ["1", "2", "3"]

    v3 = transit.encrypt_data(name="app", plaintext=plaintext, mount_point=mount)["data"]["ciphertext"]
    assert v3.startswith("vault:v3:")
    v2 = transit.encrypt_data(name="app", plaintext=plaintext, key_version=2, mount_point=mount)["data"]["ciphertext"]
    assert v2.startswith("vault:v2:")

    rewrapped = transit.rewrap_data(name="app", ciphertext=v1, mount_point=mount)["data"]["ciphertext"]
    assert rewrapped.startswith("vault:v3:")
    assert transit.decrypt_data(name="app", ciphertext=rewrapped, mount_point=mount)["data"]["plaintext"] == plaintext
    to_v2 = transit.rewrap_data(name="app", ciphertext=v1, key_version=2, mount_point=mount)["data"]["ciphertext"]
    assert to_v2.startswith("vault:v2:")

    transit.update_key_configuration(name="app", min_decryption_version=2, mount_point=mount)
    with pytest.raises(exceptions.InvalidRequest):
        transit.decrypt_data(name="app", ciphertext=v1, mount_point=mount)
    assert transit.decrypt_data(name="app", ciphertext=v2, mount_point=mount)["data"]["plaintext"] == plaintext

    transit.update_key_configuration(name="app", min_encryption_version=3, mount_point=mount)
    with pytest.raises(exceptions.InvalidRequest):
        transit.encrypt_data(name="app", plaintext=plaintext, key_version=2, mount_point=mount)
    key = transit.read_key(name="app", mount_point=mount)["data"]
    assert key["min_decryption_version"] == 2
    assert key["min_encryption_version"] == 3

    with pytest.raises(exceptions.ParamValidationError, match="min_encryption_version"):
        transit.update_key_configuration(
            name="app", min_decryption_version=3, min_encryption_version=2, mount_point=mount
        )


def test_batch_encrypt_decrypt_rewrap(transit, mount):
    transit.create_key(name="batch", mount_point=mount)
    items = [b64(b"one"), b64(b"two"), b64(b"three")]
    encrypted = transit.encrypt_data(
        name="batch", batch_input=[{"plaintext": p} for p in items], mount_point=mount
    )["data"]["batch_results"]
    ciphertexts = [r["ciphertext"] for r in encrypted]
    assert len(ciphertexts) == 3

    transit.rotate_key(name="batch", mount_point=mount)
    rewrapped = transit.rewrap_data(
        name="batch", ciphertext=None, batch_input=[{"ciphertext": c} for c in ciphertexts], mount_point=mount
    )["data"]["batch_results"]
    assert all(r["ciphertext"].startswith("vault:v2:") for r in rewrapped)

    decrypted = transit.decrypt_data(
        name="batch", batch_input=[{"ciphertext": r["ciphertext"]} for r in rewrapped], mount_point=mount
    )["data"]["batch_results"]
    assert [r["plaintext"] for r in decrypted] == items

    with pytest.raises(ValueError, match="plaintext must be specified"):
        transit.encrypt_data(name="batch", mount_point=mount)


def test_derived_convergent_key_and_associated_data(transit, mount):
    transit.create_key(name="conv", derived=True, convergent_encryption=True, mount_point=mount)
    context = b64(b"tenant-1")
    plaintext = b64(b"same input")
    first = transit.encrypt_data(name="conv", plaintext=plaintext, context=context, mount_point=mount)
    second = transit.encrypt_data(name="conv", plaintext=plaintext, context=context, mount_point=mount)
    assert first["data"]["ciphertext"] == second["data"]["ciphertext"]
    decrypted = transit.decrypt_data(
        name="conv", ciphertext=first["data"]["ciphertext"], context=context, mount_point=mount
    )
    assert decrypted["data"]["plaintext"] == plaintext

    with pytest.raises(exceptions.ParamValidationError, match="derived"):
        transit.create_key(name="bad", convergent_encryption=True, mount_point=mount)

    transit.create_key(name="aead", key_type="aes256-gcm96", mount_point=mount)
    aad = b64(b"header")
    ciphertext = transit.encrypt_data(
        name="aead", plaintext=plaintext, associated_data=aad, mount_point=mount
    )["data"]["ciphertext"]
    assert (
        transit.decrypt_data(name="aead", ciphertext=ciphertext, associated_data=aad, mount_point=mount)["data"][
            "plaintext"
        ]
        == plaintext
    )
    with pytest.raises(exceptions.InvalidRequest):
        transit.decrypt_data(name="aead", ciphertext=ciphertext, associated_data=b64(b"other"), mount_point=mount)


@pytest.mark.parametrize(
    "key_type, options",
    [
        ("ed25519", {}),
        ("ecdsa-p256", {"marshaling_algorithm": "asn1", "hash_algorithm": "sha2-256"}),
        ("ecdsa-p384", {"marshaling_algorithm": "jws", "hash_algorithm": "sha2-384"}),
        ("rsa-2048", {"signature_algorithm": "pss", "salt_length": "auto", "hash_algorithm": "sha2-512"}),
        ("rsa-2048", {"signature_algorithm": "pss", "salt_length": "32"}),
        ("rsa-3072", {"signature_algorithm": "pkcs1v15", "hash_algorithm": "sha2-224"}),
    ],
)
def test_sign_and_verify(transit, mount, key_type, options):
    transit.create_key(name="signer", key_type=key_type, mount_point=mount)
    data = b64(b"sign me")
    signature = transit.sign_data(name="signer", hash_input=data, mount_point=mount, **options)["data"]["signature"]
    assert signature.startswith("vault:v1:")
    verify = transit.verify_signed_data(
        name="signer", hash_input=data, signature=signature, mount_point=mount, **options
    )
    assert verify["data"]["valid"] is True
    tampered = transit.verify_signed_data(
        name="signer", hash_input=b64(b"sign me!"), signature=signature, mount_point=mount, **options
    )
    assert tampered["data"]["valid"] is False


def test_sign_prehashed_and_batch(transit, mount):
    transit.create_key(name="ec", key_type="ecdsa-p256", mount_point=mount)
    digest = b64(hashlib.sha256(b"payload").digest())
    signed = transit.sign_data(
        name="ec", hash_input=digest, prehashed=True, hash_algorithm="sha2-256", mount_point=mount
    )["data"]["signature"]
    verify = transit.verify_signed_data(
        name="ec", hash_input=digest, signature=signed, prehashed=True, hash_algorithm="sha2-256", mount_point=mount
    )
    assert verify["data"]["valid"] is True

    inputs = [b64(b"a"), b64(b"b")]
    results = transit.sign_data(name="ec", batch_input=[{"input": i} for i in inputs], mount_point=mount)["data"][
        "batch_results"
    ]
    assert len(results) == 2
    for item, result in zip(inputs, results):
        assert transit.verify_signed_data(
            name="ec", hash_input=item, signature=result["signature"], mount_point=mount
        )["data"]["valid"]

    with pytest.raises(exceptions.ParamValidationError, match="hash_input"):
        transit.sign_data(name="ec", hash_input=inputs[0], batch_input=[{"input": inputs[1]}], mount_point=mount)
    with pytest.raises(exceptions.ParamValidationError, match="signature"):
        transit.verify_signed_data(name="ec", hash_input=inputs[0], mount_point=mount)


@pytest.mark.parametrize("algorithm", [None, "sha2-224", "sha2-512"])
def test_hmac_round_trip(transit, mount, algorithm):
    transit.create_key(name="mac", mount_point=mount)
    data = b64(b"message")
    mac = transit.generate_hmac(name="mac", hash_input=data, algorithm=algorithm, mount_point=mount)["data"]["hmac"]
    assert mac.startswith("vault:v1:")
    kwargs = {} if algorithm is None else {"hash_algorithm": algorithm}
    assert transit.verify_signed_data(name="mac", hash_input=data, hmac=mac, mount_point=mount, **kwargs)["data"][
        "valid"
    ]
    assert not transit.verify_signed_data(
        name="mac", hash_input=b64(b"other"), hmac=mac, mount_point=mount, **kwargs
    )["data"]["valid"]


def test_hmac_matches_exported_key(transit, mount):
    transit.create_key(name="exp-mac", exportable=True, mount_point=mount)
    mac = transit.generate_hmac(name="exp-mac", hash_input=b64(b"msg"), key_version=1, mount_point=mount)
    key = transit.export_key(name="exp-mac", key_type="hmac-key", version=1, mount_point=mount)["data"]["keys"]["1"]
    expected = hmac_lib.new(base64.b64decode(key), b"msg", hashlib.sha256).digest()
    assert mac["data"]["hmac"] == "vault:v1:" + b64(expected)


def test_hash_and_random_bytes(transit, mount):
    data = b"hash me"
    assert transit.hash_data(hash_input=b64(data), mount_point=mount)["data"]["sum"] == hashlib.sha256(data).hexdigest()
    assert (
        transit.hash_data(hash_input=b64(data), algorithm="sha2-512", output_format="base64", mount_point=mount)[
            "data"
        ]["sum"]
        == b64(hashlib.sha512(data).digest())
    )
    assert (
        transit.hash_data(hash_input=b64(data), algorithm="sha2-224", output_format="hex", mount_point=mount)["data"][
            "sum"
        ]
        == hashlib.sha224(data).hexdigest()
    )

    default = transit.generate_random_bytes(mount_point=mount)["data"]["random_bytes"]
    assert len(base64.b64decode(default)) == 32
    hex_bytes = transit.generate_random_bytes(n_bytes=16, output_format="hex", mount_point=mount)["data"]
    assert len(bytes.fromhex(hex_bytes["random_bytes"])) == 16


@pytest.mark.parametrize("bits", [128, 256, 512])
def test_data_keys(transit, mount, bits):
    transit.create_key(name="dk", mount_point=mount)
    plain = transit.generate_data_key(name="dk", key_type="plaintext", bits=bits, mount_point=mount)["data"]
    assert len(base64.b64decode(plain["plaintext"])) == bits // 8
    decrypted = transit.decrypt_data(name="dk", ciphertext=plain["ciphertext"], mount_point=mount)["data"]
    assert decrypted["plaintext"] == plain["plaintext"]

    wrapped = transit.generate_data_key(name="dk", key_type="wrapped", bits=bits, mount_point=mount)["data"]
    assert "plaintext" not in wrapped or wrapped["plaintext"] is None
    unwrapped = transit.decrypt_data(name="dk", ciphertext=wrapped["ciphertext"], mount_point=mount)["data"]
    assert len(base64.b64decode(unwrapped["plaintext"])) == bits // 8


def test_export_key_types_and_versions(transit, mount):
    transit.create_key(name="enc", exportable=True, mount_point=mount)
    transit.rotate_key(name="enc", mount_point=mount)
    every = transit.export_key(name="enc", key_type="encryption-key", mount_point=mount)["data"]
    assert every["name"] == "enc"
    assert sorted(every["keys"]) == ["1", "2"]
    one = transit.export_key(name="enc", key_type="encryption-key", version=1, mount_point=mount)["data"]["keys"]
    assert list(one) == ["1"]
    assert len(base64.b64decode(one["1"])) == 32
    latest = transit.export_key(name="enc", key_type="encryption-key", version="latest", mount_point=mount)
    assert list(latest["data"]["keys"]) == ["2"]

    transit.create_key(name="sig", key_type="ed25519", exportable=True, mount_point=mount)
    signing = transit.export_key(name="sig", key_type="signing-key", mount_point=mount)["data"]["keys"]
    assert list(signing) == ["1"]

    transit.create_key(name="closed", mount_point=mount)
    with pytest.raises(exceptions.InvalidRequest):
        transit.export_key(name="closed", key_type="encryption-key", mount_point=mount)


def test_backup_restore(transit, mount):
    transit.create_key(name="bk", exportable=True, allow_plaintext_backup=True, mount_point=mount)
    ciphertext = transit.encrypt_data(name="bk", plaintext=b64(b"keep"), mount_point=mount)["data"]["ciphertext"]
    backup = transit.backup_key(name="bk", mount_point=mount)["data"]["backup"]

    # restore under another name
    transit.restore_key(backup=backup, name="bk-copy", mount_point=mount)
    assert transit.decrypt_data(name="bk-copy", ciphertext=ciphertext, mount_point=mount)["data"]["plaintext"] == b64(
        b"keep"
    )
    # restoring over an existing key needs force
    with pytest.raises(exceptions.VaultError):
        transit.restore_key(backup=backup, name="bk-copy", mount_point=mount)
    transit.restore_key(backup=backup, name="bk-copy", force=True, mount_point=mount)

    # delete the original, then restore it under its own name
    transit.update_key_configuration(name="bk", deletion_allowed=True, mount_point=mount)
    transit.delete_key(name="bk", mount_point=mount)
    with pytest.raises(exceptions.InvalidPath):
        transit.read_key(name="bk", mount_point=mount)
    transit.restore_key(backup=backup, mount_point=mount)
    assert transit.decrypt_data(name="bk", ciphertext=ciphertext, mount_point=mount)["data"]["plaintext"] == b64(
        b"keep"
    )

    transit.create_key(name="no-backup", mount_point=mount)
    # OpenBao answers 500 ("exporting is disallowed on the policy")
    with pytest.raises(exceptions.InternalServerError, match="disallowed"):
        transit.backup_key(name="no-backup", mount_point=mount)


def test_trim_key(transit, mount):
    transit.create_key(name="trim", mount_point=mount)
    for _ in range(4):
        transit.rotate_key(name="trim", mount_point=mount)
    # trimming may not go past the minimum decryption/encryption versions
    with pytest.raises(exceptions.InvalidRequest):
        transit.trim_key(name="trim", min_version=3, mount_point=mount)
    transit.update_key_configuration(
        name="trim", min_decryption_version=3, min_encryption_version=4, mount_point=mount
    )
    transit.trim_key(name="trim", min_version=3, mount_point=mount)
    key = transit.read_key(name="trim", mount_point=mount)["data"]
    assert key["min_available_version"] == 3
    assert sorted(key["keys"]) == ["3", "4", "5"]


def test_list_update_and_delete_keys(transit, mount):
    transit.create_key(name="k1", mount_point=mount)
    transit.create_key(name="k2", key_type="chacha20-poly1305", auto_rotate_period="24h", mount_point=mount)
    assert sorted(transit.list_keys(mount_point=mount)["data"]["keys"]) == ["k1", "k2"]
    k2 = transit.read_key(name="k2", mount_point=mount)["data"]
    assert k2["type"] == "chacha20-poly1305"
    assert k2["auto_rotate_period"] == 24 * 3600

    transit.update_key_configuration(
        name="k1", exportable=True, allow_plaintext_backup=True, auto_rotate_period="1h", mount_point=mount
    )
    k1 = transit.read_key(name="k1", mount_point=mount)["data"]
    assert k1["exportable"] is True and k1["allow_plaintext_backup"] is True
    assert k1["auto_rotate_period"] == 3600

    # deletion must be allowed first
    with pytest.raises(exceptions.InvalidRequest):
        transit.delete_key(name="k1", mount_point=mount)
    for name in ("k1", "k2"):
        transit.update_key_configuration(name=name, deletion_allowed=True, mount_point=mount)
        assert transit.delete_key(name=name, mount_point=mount).status_code == 204
    with pytest.raises(exceptions.InvalidPath):
        transit.list_keys(mount_point=mount)


# --- the fields beyond the reference's arguments (issue 29) -------------------------------------


def test_hmac_key_size_and_batch_hmac_verified_in_one_batch(transit, mount):
    transit.create_key(name="mac", key_type="hmac", key_size=64, mount_point=mount)
    items = [{"input": b64(b"one")}, {"input": b64(b"two")}]
    results = transit.generate_hmac(name="mac", hash_input=None, batch_input=items, mount_point=mount)
    macs = [r["hmac"] for r in results["data"]["batch_results"]]
    assert len(macs) == 2 and all(m.startswith("vault:v1:") for m in macs)
    checks = [{"input": i["input"], "hmac": m} for i, m in zip(items, macs)]
    checks.append({"input": b64(b"three"), "hmac": macs[0]})
    verified = transit.verify_signed_data(name="mac", hash_input=None, batch_input=checks, mount_point=mount)
    # A failed check leaves "valid" out of its result (false is omitted).
    assert [r.get("valid", False) for r in verified["data"]["batch_results"]] == [True, True, False]


def test_deprecated_algorithm_name_signs_and_verifies(transit, mount):
    transit.create_key(name="signer", key_type="ecdsa-p256", mount_point=mount)
    data = b64(b"signed with sha2-512")
    signature = transit.sign_data(name="signer", hash_input=data, algorithm="sha2-512", mount_point=mount)
    signature = signature["data"]["signature"]
    ok = transit.verify_signed_data(
        name="signer", hash_input=data, signature=signature, algorithm="sha2-512", mount_point=mount
    )
    assert ok["data"]["valid"] is True
    # The same signature does not verify as a sha2-256 one: the older name was read.
    assert transit.verify_signed_data(name="signer", hash_input=data, signature=signature, mount_point=mount)[
        "data"
    ]["valid"] is False


def test_partial_failure_response_code_answers_207(client, transit, mount):
    transit.create_key(name="app", mount_point=mount)
    good = transit.encrypt_data(name="app", plaintext=b64(b"x"), mount_point=mount)["data"]["ciphertext"]
    batch = [{"ciphertext": good}, {"ciphertext": "vault:v1:not-base64!"}]
    raw = hvac_raw(client)
    answer = raw.secrets.transit.decrypt_data(
        name="app", batch_input=batch, partial_failure_response_code=207, mount_point=mount
    )
    assert answer.status_code == 207
    results = answer.json()["data"]["batch_results"]
    assert results[0]["plaintext"] == b64(b"x") and "error" in results[1]


def test_data_key_with_an_older_key_version(transit, mount):
    transit.create_key(name="kek", mount_point=mount)
    transit.rotate_key(name="kek", mount_point=mount)
    key = transit.generate_data_key(name="kek", key_type="wrapped", key_version=1, mount_point=mount)
    assert key["data"]["ciphertext"].startswith("vault:v1:")
    aad = b64(b"bound")
    key = transit.generate_data_key(name="kek", key_type="plaintext", associated_data=aad, mount_point=mount)
    decrypted = transit.decrypt_data(
        name="kek", ciphertext=key["data"]["ciphertext"], associated_data=aad, mount_point=mount
    )
    assert decrypted["data"]["plaintext"] == key["data"]["plaintext"]


def test_read_key_with_a_context_shows_the_derived_public_key(transit, mount):
    transit.create_key(name="derived", key_type="ed25519", derived=True, mount_point=mount)
    plain = transit.read_key(name="derived", mount_point=mount)["data"]["keys"]["1"]["public_key"]
    derived = transit.read_key(name="derived", context=b64(b"tenant-a"), mount_point=mount)
    assert plain == "" and derived["data"]["keys"]["1"]["public_key"]


def test_random_bytes_from_a_source_and_by_the_url_count(transit, mount):
    assert len(base64.b64decode(transit.generate_random_bytes(n_bytes=12, source="all", mount_point=mount)[
        "data"]["random_bytes"])) == 12
    assert len(base64.b64decode(transit.generate_random_bytes_url_form(n_bytes=9, mount_point=mount)[
        "data"]["random_bytes"])) == 9


def hvac_raw(client):
    """A client of the same server and token whose adapter returns the requests.Response."""
    import hvac

    return hvac.Client(url=client.url, token=client.token, adapter=hvac.adapters.RawAdapter)
