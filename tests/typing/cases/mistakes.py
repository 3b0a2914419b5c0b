"""Mistakes a type checker must report: every line whose comment starts with "error" is reported
(by mypy --strict and by pyright), and no other line is."""
import hvac

client = hvac.Client(url="http://127.0.0.1:8200")

# The Client constructor
hvac.Client(timeout="30")  # error: a timeout is seconds
hvac.Client(verify=1)  # error: True/False or a CA path
hvac.Client(url=8200)  # error: the address is a str
hvac.Client(namespace=["a"])  # error: one namespace, as a str
hvac.Client(adapter="JSONAdapter")  # error: the adapter class, not its name
hvac.Client(allow_redirects="yes")  # error: a bool
hvac.Client(nodes=["http://127.0.0.1:8200"], read_from="standby")  # error: "active" or "any"
client.require_state(42)  # error: a state is the str consistency_state() returned
client.token = 42  # error: a token is a str
client.tokn = "hvs.x"  # error: misspelled attribute

# Registries: misspelled engines, methods and categories
client.secrets.transitt.create_key(name="k")  # error: misspelled engine
client.secrets.kv.v3.read_secret_version(path="a")  # error: there is no KV v3
client.auth.aproles.login(role_id="r")  # error: misspelled auth method
client.sys.polices.list_policies()  # error: misspelled sys category
client.sys.list_policy()  # error: misspelled sys method
client.secrets.pki.generate_cert(name="web", common_name="a")  # error: misspelled method

# KV v2
client.secrets.kv.v2.read_secret_verison(path="a")  # error: misspelled method
client.secrets.kv.v2.read_secret_version(pth="a")  # error: unknown keyword
client.secrets.kv.v2.read_secret_version(path=123)  # error: the path is a str
client.secrets.kv.v2.read_secret_version(path="a", version="latest")  # error: a version number
client.secrets.kv.v2.create_or_update_secret(path="a")  # error: the secret is missing
client.secrets.kv.v2.create_or_update_secret(path="a", secret="not a dict")  # error: the secret is a dict
client.secrets.kv.v2.create_or_update_secret(path="a", secret={"k": "v"}, cas="0")  # error: cas is an int
client.secrets.kv.v2.delete_secret_versions(path="a", versions=3)  # error: a list of versions
client.secrets.kv.v2.list_secrets(path="a", mount_point=None)  # error: a mount point is a str
client.secrets.kv.v1.read_secret_version(path="a")  # error: version 1 has no versions
client.secrets.kv.read_secret_versions(path="a")  # error: misspelled method through the default version

# Transit
client.secrets.transit.encrypt_data(name="k", plaintext=b"raw bytes")  # error: base64 text, a str
client.secrets.transit.encrypt_data(name="k", plain_text="aGk=")  # error: unknown keyword
client.secrets.transit.decrypt_data(ciphertext="vault:v1:x")  # error: the key name is missing
client.secrets.transit.create_key(name="k", exportable="true")  # error: a bool
client.secrets.transit.generate_random_bytes(n_bytes="32")  # error: a number of bytes
client.secrets.transit.encrypt_data(name="k", batch_input={"plaintext": "aGk="})  # error: a list of items

# PKI
client.secrets.pki.generate_certificate(name="web")  # error: the common name is missing
client.secrets.pki.generate_certificate(name="web", common_name="a", extra_params=["ttl"])  # error: a dict
client.secrets.pki.create_or_update_role("web", allowed_domains=["example.com"])  # error: settings go in extra_params
client.secrets.pki.revoke_certificate(serial=1)  # error: unknown keyword
client.secrets.pki.create_or_update_role("web", {"allowed_domain": ["example.com"]})  # error: misspelled field
client.secrets.pki.generate_certificate("web", "a", extra_params={"ttl": "24h", "alt_name": "b"})  # error: misspelled field
client.secrets.pki.tidy({"tidy_cert_store": "yes"})  # error: a bool
client.secrets.pki.create_acme_account({"protected": "e30", "payload": "", "signatur": "c2ln"})  # error: misspelled JWS member

# AppRole
client.auth.approle.login(secret_id="s")  # error: the role ID is missing
client.auth.approle.login(role_id="r", secret_id="s", use_token="no")  # error: a bool
client.auth.approle.create_or_update_approle(role_name="web", token_num_uses="2")  # error: an int
client.auth.approle.generate_secret_id(role_name="web", metadata="app=web")  # error: a dict
client.auth.approle.update_role_token_ttl("web")  # error: the new value is missing
client.auth.approle.read_role_tokn_ttl("web")  # error: misspelled generated method

# Userpass
client.auth.userpass.login(username="alice")  # error: the password is missing
client.auth.userpass.login("alice", "pw", "userpass")  # error: the third argument is use_token
client.auth.userpass.create_or_update_user(username=7, password="pw")  # error: a str
client.auth.userpass.delete_users(username="alice")  # error: misspelled method

# Token
client.auth.token.create(policies="default", ttl="1h")  # error: a list of policies
client.auth.token.create(num_uses="1")  # error: an int
client.auth.token.create(renewable="yes")  # error: a bool
client.auth.token.lookup()  # error: the token is missing
client.auth.token.renew_self(increment=[60])  # error: seconds or a duration
client.auth.token.revoke_self(token="hvs.x")  # error: revokes the caller's own token, takes none

# System backend
client.sys.enable_secrets_engine(path="kv2")  # error: the backend type is missing
client.sys.enable_auth_method(method_type="userpass", local="no")  # error: a bool
client.sys.create_or_update_policy(name="p")  # error: the policy is missing
client.sys.read_policy()  # error: the name is missing
client.sys.submit_unseal_keys(keys="abc")  # error: a list of keys
client.sys.initialize(secret_shares="5")  # error: an int
client.sys.tune_mount_configuration(path="kv", listing_visibility=True)  # error: "hidden" or "unauth"
client.sys.list_mounted_secrets_engines("kv")  # error: takes no argument

# Generic paths
client.write_data("kv/a", {"k": "v"})  # error: data is keyword-only
client.read(path="kv/a", wrap_ttl=["60s"])  # error: a TTL
client.delete()  # error: the path is missing
