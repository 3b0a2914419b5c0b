"""Correct code for auth methods, transit, PKI and the system backend: must type-check cleanly."""
import base64
from typing import Any, Dict, List

import hvac
from hvac.api.secrets_engines.pki import PkiRoleParams

client = hvac.Client(url="http://127.0.0.1:8200")

# AppRole
client.auth.approle.create_or_update_approle(role_name="web", token_policies=["web"], token_ttl="1h")
client.auth.approle.create_or_update_approle("web", token_policies="web,default", token_max_ttl=7200, secret_id_num_uses=0)
role_id: str = client.auth.approle.read_role_id(role_name="web")["data"]["role_id"]
secret_id: str = client.auth.approle.generate_secret_id(role_name="web", metadata={"app": "web"})["data"]["secret_id"]
login = client.auth.approle.login(role_id=role_id, secret_id=secret_id)
token: str = login["auth"]["client_token"]
policies: List[str] = login["auth"]["policies"]
client.auth.approle.login(role_id, secret_id, use_token=False, mount_point="approle")
client.auth.approle.update_role_token_ttl("web", token_ttl="30m")
client.auth.approle.read_role_token_ttl(role_name="web")["data"]["token_ttl"]
client.auth.approle.delete_role_policies("web")
for role in client.auth.approle.list_roles()["data"]["keys"]:
    client.auth.approle.read_role(role_name=role)

# Userpass
client.auth.userpass.create_or_update_user(username="alice", password="pw", policies=["default"])
client.auth.userpass.login(username="alice", password="pw")["auth"]["client_token"]
client.auth.userpass.update_password_on_user(username="alice", password="pw2")
client.auth.userpass.list_user()["data"]["keys"]

# Tokens
created = client.auth.token.create(policies=["default"], ttl="1h", renewable=True, meta={"owner": "ci"})
child: str = created["auth"]["client_token"]
client.auth.token.create(ttl=3600, num_uses=2, wrap_ttl=60)
client.auth.token.create_orphan(policies=["default"], ttl="10m")
ttl: int = client.auth.token.lookup_self()["data"]["ttl"]
client.auth.token.lookup(token=child)
client.auth.token.renew(token=child, increment="1h")
client.auth.token.renew_self(increment=600)
client.auth.token.revoke(child)
client.auth.token.create_or_update_role("ci", allowed_policies=["default"], orphan=True)
client.lookup_token()
client.renew_token(child, increment=60)
client.revoke_token(child, accessor=False)

# Transit
client.secrets.transit.create_key(name="orders", key_type="aes256-gcm96", exportable=False)
plaintext = base64.b64encode(b"card").decode()
ciphertext: str = client.secrets.transit.encrypt_data(name="orders", plaintext=plaintext)["data"]["ciphertext"]
decrypted = client.secrets.transit.decrypt_data(name="orders", ciphertext=ciphertext)
print(base64.b64decode(decrypted["data"]["plaintext"]))
batch: List[Dict[str, Any]] = [{"plaintext": plaintext}, {"plaintext": plaintext}]
client.secrets.transit.encrypt_data(name="orders", batch_input=batch)
client.secrets.transit.rotate_key(name="orders")
client.secrets.transit.update_key_configuration(name="orders", min_decryption_version=1, deletion_allowed=True)
client.secrets.transit.rewrap_data(name="orders", ciphertext=ciphertext)
signature = client.secrets.transit.sign_data(name="orders", hash_input=plaintext, hash_algorithm="sha2-256")
client.secrets.transit.verify_signed_data(name="orders", hash_input=plaintext, signature=signature["data"]["signature"])
client.secrets.transit.generate_random_bytes(n_bytes=32, output_format="hex")["data"]["random_bytes"]
client.secrets.transit.hash_data(hash_input=plaintext, algorithm="sha2-512")
client.secrets.transit.read_key(name="orders")["data"]["latest_version"]
client.secrets.transit.list_keys()["data"]["keys"]
client.secrets.transit.delete_key(name="orders")

# PKI
client.sys.enable_secrets_engine(backend_type="pki", path="pki", config={"max_lease_ttl": "87600h"})
client.secrets.pki.generate_root(type="internal", common_name="Example Root", extra_params={"ttl": "87600h"})
client.secrets.pki.set_urls({"issuing_certificates": ["http://127.0.0.1:8200/v1/pki/ca"]})
client.secrets.pki.create_or_update_role("web", {"allowed_domains": ["example.com"], "allow_subdomains": True})
issued = client.secrets.pki.generate_certificate(name="web", common_name="www.example.com", extra_params={"ttl": "24h"})
certificate: str = issued["data"]["certificate"]
serial: str = issued["data"]["serial_number"]
ca_pem: str = client.secrets.pki.read_ca_certificate()
client.secrets.pki.revoke_certificate(serial_number=serial)
client.secrets.pki.list_certificates()["data"]["keys"]
client.secrets.pki.tidy(extra_params={"tidy_cert_store": True})
# extra_params: a dict literal is checked against the typed dict (lists or comma-separated strings,
# durations as text or seconds); a typed variable or a Dict[str, Any] built beforehand passes too.
client.secrets.pki.create_or_update_role("api", extra_params={"allowed_domains": "example.com,example.org", "max_ttl": 259200, "key_type": "ec", "key_bits": 256})
client.secrets.pki.generate_certificate("web", "a.example.com", {"alt_names": "b.example.com", "ip_sans": ["127.0.0.1"], "format": "pem_bundle"})
role_fields: PkiRoleParams = {"allow_any_name": True, "no_store": True, "ou": ["platform"]}
client.secrets.pki.patch_role("web", role_fields)
prebuilt: Dict[str, Any] = {"safety_buffer": "72h", "tidy_revoked_certs": True}
client.secrets.pki.set_auto_tidy_configuration(enabled=True, interval_duration="12h", extra_params=prebuilt)
client.secrets.pki.sign_verbatim("-----BEGIN CERTIFICATE REQUEST-----", extra_params={"ttl": "1h", "key_usage": ["DigitalSignature"]})
client.secrets.pki.generate_certificate_with_cel_role("cel", {"common_name": "a.example.com", "a_key_the_program_reads": 1})
client.secrets.pki.revoke_certificate(None, certificate=certificate)
client.secrets.pki.sign_self_issued(ca_pem, issuer_ref="default", require_matching_certificate_algorithms=True)

# System backend
client.sys.enable_secrets_engine("kv", path="kv2", options={"version": "2"}, description="team KV")
if "kv2/" in client.sys.list_mounted_secrets_engines()["data"]:
    client.sys.tune_mount_configuration(path="kv2", default_lease_ttl="1h", max_lease_ttl=86400)
client.sys.disable_secrets_engine(path="kv2")
client.sys.enable_auth_method(method_type="approle", path="approle")
methods: Dict[str, Any] = client.sys.list_auth_methods()["data"]
client.sys.create_or_update_policy(name="web", policy='path "secret/*" { capabilities = ["read"] }')
client.sys.create_or_update_policy(name="web", policy={"path": {"secret/*": {"capabilities": ["read"]}}})
rules: str = client.sys.read_policy(name="web")["data"]["rules"]
names: List[str] = client.sys.list_policies()["data"]["policies"]
client.sys.delete_policy(name="web")
initialized: bool = client.sys.is_initialized()
sealed: bool = client.sys.is_sealed()
status = client.sys.read_seal_status()
print(status["sealed"], status["progress"])
if not initialized:
    keys: List[str] = client.sys.initialize(secret_shares=5, secret_threshold=3)["keys"]
    client.sys.submit_unseal_keys(keys=keys[:3])
client.sys.submit_unseal_key(key="abc")
client.sys.read_health_status(method="GET")
client.sys.enable_audit_device(device_type="file", options={"file_path": "/tmp/audit.log"})
client.sys.audit.list_enabled_audit_devices()
client.sys.read_leader_status()["ha_enabled"]
client.sys.read_lease(lease_id="database/creds/ro/abc")
client.sys.renew_lease(lease_id="database/creds/ro/abc", increment=3600)
client.sys.revoke_lease(lease_id="database/creds/ro/abc")
client.sys.wrapping.unwrap(token="hvs.wrapped")
client.sys.unwrap(token="hvs.wrapped")
client.sys.get_capabilities(paths=["secret/data/app"], token="hvs.x")

# The status properties and the deprecated flat methods still type-check (they warn at run time)
print(client.seal_status["sealed"], client.ha_status, client.key_status)
client.auth_approle(role_id, secret_id)
client.create_userpass("bob", "pw", policies=["default"])
client.enable_secret_backend("kv", mount_point="legacy-kv")
client.transit_encrypt_data("orders", plaintext)
