"""Correct code a user writes against the documented API: must type-check with no error."""
from typing import Any, Dict, List, Optional

import requests

import hvac
from hvac import exceptions

client = hvac.Client(url="http://127.0.0.1:8200", token="root", timeout=2.5)
with_tuple_timeout = hvac.Client("http://127.0.0.1:8200", timeout=(3, 10), verify=False)
with_tls = hvac.Client(verify="/etc/ssl/ca.pem", cert=("client.pem", "client.key"), namespace="team-a")
with_session = hvac.Client(session=requests.Session(), allow_redirects=False, proxies={"https": "http://proxy:3128"})
with_kwargs = hvac.Client(strict_http=True, ignore_exceptions=False, retries=3)
cluster = hvac.Client(nodes=["http://127.0.0.1:8200", "http://127.0.0.1:8210"], read_from="any", read_your_writes=True)
state: str = cluster.consistency_state()
with client.require_state(state):
    client.secrets.kv.v2.read_secret_version(path="app/db", raise_on_deleted_version=True)
try:
    cluster.secrets.kv.v2.create_or_update_secret(path="app/db", secret={"password": "x"}, cas=1)
except hvac.exceptions.WriteOutcomeUnknown as unknown:  # the write may have been applied
    print(unknown, unknown.__cause__)
client.token = "hvs.example"
client.url = "http://127.0.0.1:8201"
print(client.token, client.url, client.adapter.namespace)
assert client.is_authenticated()


def password_of(vault: hvac.Client, path: str) -> str:
    """A helper annotated with the plain class, as most code will be."""
    answer = vault.secrets.kv.v2.read_secret_version(path=path, raise_on_deleted_version=True)
    return str(answer["data"]["data"]["password"])


# KV version 2
created = client.secrets.kv.v2.create_or_update_secret(path="app/db", secret={"password": "s3cret"})
version: int = created["data"]["version"]
client.secrets.kv.v2.create_or_update_secret(path="app/db", secret={"password": "new"}, cas=version)
resp = client.secrets.kv.v2.read_secret_version(path="app/db", version=1, raise_on_deleted_version=False)
password: str = resp["data"]["data"]["password"]
metadata: Dict[str, Any] = resp["data"]["metadata"]
for key in client.secrets.kv.v2.list_secrets(path="app")["data"]["keys"]:
    print(key)
keys: List[str] = client.secrets.kv.v2.list_secrets(path="")["data"]["keys"]
client.secrets.kv.v2.patch(path="app/db", secret={"user": "app"})
client.secrets.kv.v2.update_metadata(path="app/db", max_versions=5, custom_metadata={"team": "a"})
client.secrets.kv.v2.read_secret_metadata(path="app/db")["data"]["versions"]
client.secrets.kv.v2.delete_secret_versions(path="app/db", versions=[1, 2])
client.secrets.kv.v2.undelete_secret_versions(path="app/db", versions=[1])
client.secrets.kv.v2.destroy_secret_versions(path="app/db", versions=[2])
client.secrets.kv.v2.delete_latest_version_of_secret(path="app/db")
client.secrets.kv.v2.delete_metadata_and_all_versions(path="app/db")
client.secrets.kv.v2.configure(max_versions=10, mount_point="secret")
print(password_of(client, "app/db"))

# KV through the default version, the aliases, and version 1
client.secrets.kv.read_secret_version(path="app/db")
client.secrets.kv.create_or_update_secret(path="app/db", secret={"a": "b"})
client.secrets.kv.default_kv_version = "1"
client.secrets.kv.default_kv_version = 2
client.secrets.kv.create_or_update_secret("app/db", {"a": "b"}, method="PUT", mount_point="kv")
client.secrets.kv.delete_secret(path="app/db", mount_point="kv")
client.secrets.kv_v2.read_secret(path="app/db")
client.secrets.kv_v1.create_or_update_secret(path="cfg", secret={"a": 1}, mount_point="kv")
v1_data: Dict[str, Any] = client.secrets.kv.v1.read_secret(path="cfg", mount_point="kv")["data"]
client.secrets.kv.v1.list_secrets(path="", mount_point="kv")

# Errors
try:
    client.secrets.kv.v2.read_secret_version(path="missing", raise_on_deleted_version=True)
except exceptions.InvalidPath as error:
    status: Optional[int] = error.status_code
    print(status, error.errors, error.url, error.method, error.json, error.text)
except hvac.exceptions.Forbidden:
    pass
except hvac.exceptions.VaultError as error:
    if error.status_code == 503:
        raise

# Generic paths
answer = client.read("secret/data/app/db")
if answer is not None:
    print(answer["data"]["data"])
wrapped = client.read("secret/data/app/db", wrap_ttl="60s")
client.write("secret/data/app/db", data={"password": "x"})
client.write("kv/cfg", foo="bar", count=3)
client.write("kv/cfg", "1h", foo="bar")
client.write_data("kv/cfg", data={"path": "is a key here", "wrap_ttl": "too"}, wrap_ttl="30s")
listed = client.list("kv/")
if listed is not None:
    names: List[str] = listed["data"]["keys"]
client.delete("kv/cfg")
client.logout(revoke_token=False)

# A client returning response objects
raw: "hvac.Client[requests.Response]" = hvac.Client(adapter=hvac.adapters.RawAdapter)
response = raw.secrets.kv.v2.read_secret_version(path="app/db", raise_on_deleted_version=True)
if isinstance(response, requests.Response):
    print(response.status_code, response.json()["data"], response.headers["Content-Type"])
raw_list = raw.sys.list_mounted_secrets_engines()
print(raw_list.status_code, raw_list.json())
