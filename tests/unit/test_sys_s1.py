"""Unit tests pinning the exact requests of the sys rotation, config and plugins categories and of
the Key additions (authenticated root token generation, rekey backup deletion)."""
from typing import Any, Dict, List, Optional
from urllib.parse import urlsplit

import pytest
import requests
import requests_mock

import hvac
from hvac import exceptions
from hvac.adapters import RawAdapter
from tests.unit.fake_server import URL, assert_sent


def case(method: str, kwargs: Dict[str, Any], verb: str, path: str, body: Optional[Dict[str, Any]] = None,
         query: Optional[Dict[str, List[str]]] = None) -> Any:
    return pytest.param(method, kwargs, verb, path, body, query or {}, id=f"{method}-{'-'.join(kwargs) or 'defaults'}")


SHARES = {"secret_shares": 3, "secret_threshold": 2}
EVERY_INIT_FIELD = {**SHARES, "pgp_keys": ["a", "b", "c"], "backup": True, "require_verification": False}
PLUGIN = {"plugin_type": "secret", "name": "my-plugin", "command": "my-plugin-bin"}
EVERY_PLUGIN_FIELD = {"sha256": "ab" * 32, "args": ["-x"], "env": ["A=b"], "version": "v1.0.0", "oci": False}

CASES = [
    # --- rotation: keyring and its automatic rotation ----------------------------------------
    case("rotate_keyring", {}, "POST", "/v1/sys/rotate/keyring"),
    case("read_keyring_rotation_config", {}, "GET", "/v1/sys/rotate/keyring/config"),
    case("configure_keyring_rotation", {}, "POST", "/v1/sys/rotate/keyring/config", {}),
    case("configure_keyring_rotation", {"enabled": False, "interval": "24h", "max_operations": 10},
         "POST", "/v1/sys/rotate/keyring/config", {"enabled": False, "interval": "24h", "max_operations": 10}),
    case("read_encryption_key_rotation_config", {}, "GET", "/v1/sys/rotate/config"),
    case("configure_encryption_key_rotation", {"interval": 0}, "POST", "/v1/sys/rotate/config", {"interval": 0}),
    case("configure_encryption_key_rotation", {"enabled": True, "max_operations": 5},
         "POST", "/v1/sys/rotate/config", {"enabled": True, "max_operations": 5}),
    # --- rotation: root key -------------------------------------------------------------------
    case("rotate_root_key", {}, "POST", "/v1/sys/rotate/root"),
    case("read_root_key_rotation_progress", {}, "GET", "/v1/sys/rotate/root/init"),
    case("start_root_key_rotation", SHARES, "POST", "/v1/sys/rotate/root/init", SHARES),
    case("start_root_key_rotation", EVERY_INIT_FIELD, "POST", "/v1/sys/rotate/root/init", EVERY_INIT_FIELD),
    case("cancel_root_key_rotation", {}, "DELETE", "/v1/sys/rotate/root/init"),
    case("submit_root_key_rotation_share", {"key": "k1", "nonce": "n1"},
         "POST", "/v1/sys/rotate/root/update", {"key": "k1", "nonce": "n1"}),
    case("read_root_key_rotation_verification_progress", {}, "GET", "/v1/sys/rotate/root/verify"),
    case("verify_root_key_rotation_share", {"key": "k1", "nonce": "n1"},
         "POST", "/v1/sys/rotate/root/verify", {"key": "k1", "nonce": "n1"}),
    case("cancel_root_key_rotation_verification", {}, "DELETE", "/v1/sys/rotate/root/verify"),
    case("read_root_key_rotation_backup", {}, "GET", "/v1/sys/rotate/root/backup"),
    case("delete_root_key_rotation_backup", {}, "DELETE", "/v1/sys/rotate/root/backup"),
    # --- rotation: recovery key ---------------------------------------------------------------
    case("read_recovery_key_rotation_progress", {}, "GET", "/v1/sys/rotate/recovery/init"),
    case("start_recovery_key_rotation", SHARES, "POST", "/v1/sys/rotate/recovery/init", SHARES),
    case("start_recovery_key_rotation", EVERY_INIT_FIELD, "POST", "/v1/sys/rotate/recovery/init", EVERY_INIT_FIELD),
    case("cancel_recovery_key_rotation", {}, "DELETE", "/v1/sys/rotate/recovery/init"),
    case("submit_recovery_key_rotation_share", {"key": "k1", "nonce": "n1"},
         "POST", "/v1/sys/rotate/recovery/update", {"key": "k1", "nonce": "n1"}),
    case("read_recovery_key_rotation_verification_progress", {}, "GET", "/v1/sys/rotate/recovery/verify"),
    case("verify_recovery_key_rotation_share", {"key": "k1", "nonce": "n1"},
         "POST", "/v1/sys/rotate/recovery/verify", {"key": "k1", "nonce": "n1"}),
    case("cancel_recovery_key_rotation_verification", {}, "DELETE", "/v1/sys/rotate/recovery/verify"),
    case("read_recovery_key_rotation_backup", {}, "GET", "/v1/sys/rotate/recovery/backup"),
    case("delete_recovery_key_rotation_backup", {}, "DELETE", "/v1/sys/rotate/recovery/backup"),
    # --- config: audited request headers ------------------------------------------------------
    case("list_audited_request_headers", {}, "GET", "/v1/sys/config/auditing/request-headers"),
    case("read_audited_request_header", {"header": "X-Trace"}, "GET", "/v1/sys/config/auditing/request-headers/X-Trace"),
    case("create_or_update_audited_request_header", {"header": "X-Trace"},
         "POST", "/v1/sys/config/auditing/request-headers/X-Trace", {}),
    case("create_or_update_audited_request_header", {"header": "X-Trace", "hmac": False},
         "POST", "/v1/sys/config/auditing/request-headers/X-Trace", {"hmac": False}),
    case("delete_audited_request_header", {"header": "X-Trace"},
         "DELETE", "/v1/sys/config/auditing/request-headers/X-Trace"),
    # --- config: CORS, reload, sanitized state ------------------------------------------------
    case("read_cors_config", {}, "GET", "/v1/sys/config/cors"),
    case("configure_cors", {"allowed_origins": "*"}, "POST", "/v1/sys/config/cors", {"allowed_origins": "*"}),
    case("configure_cors",
         {"allowed_origins": ["http://a"], "allowed_headers": ["X-A"], "allow_credentials": False, "enable": True},
         "POST", "/v1/sys/config/cors",
         {"allowed_origins": ["http://a"], "allowed_headers": ["X-A"], "allow_credentials": False, "enable": True}),
    case("delete_cors_config", {}, "DELETE", "/v1/sys/config/cors"),
    case("reload_subsystem", {"subsystem": "license"}, "POST", "/v1/sys/config/reload/license"),
    case("read_sanitized_config", {}, "GET", "/v1/sys/config/state/sanitized"),
    # --- config: UI headers -------------------------------------------------------------------
    case("list_ui_headers", {}, "LIST", "/v1/sys/config/ui/headers"),
    case("read_ui_header", {"header": "X-Ui"}, "GET", "/v1/sys/config/ui/headers/X-Ui"),
    case("read_ui_header", {"header": "X-Ui", "multivalue": True}, "GET", "/v1/sys/config/ui/headers/X-Ui",
         query={"multivalue": ["true"]}),
    case("read_ui_header", {"header": "X-Ui", "multivalue": False}, "GET", "/v1/sys/config/ui/headers/X-Ui",
         query={"multivalue": ["false"]}),
    case("create_or_update_ui_header", {"header": "X-Ui", "values": ["a"]},
         "POST", "/v1/sys/config/ui/headers/X-Ui", {"values": ["a"]}),
    case("create_or_update_ui_header", {"header": "X-Ui", "values": ["a", "b"], "multivalue": True},
         "POST", "/v1/sys/config/ui/headers/X-Ui", {"values": ["a", "b"], "multivalue": True}),
    case("delete_ui_header", {"header": "X-Ui"}, "DELETE", "/v1/sys/config/ui/headers/X-Ui"),
    # --- plugins ------------------------------------------------------------------------------
    case("read_plugin_catalog", {}, "GET", "/v1/sys/plugins/catalog"),
    case("list_plugins", {"plugin_type": "database"}, "LIST", "/v1/sys/plugins/catalog/database"),
    case("register_plugin", PLUGIN, "POST", "/v1/sys/plugins/catalog/secret/my-plugin", {"command": "my-plugin-bin"}),
    case("register_plugin", {**PLUGIN, **EVERY_PLUGIN_FIELD}, "POST", "/v1/sys/plugins/catalog/secret/my-plugin",
         {"command": "my-plugin-bin", **EVERY_PLUGIN_FIELD}),
    case("read_plugin", {"plugin_type": "auth", "name": "p"}, "GET", "/v1/sys/plugins/catalog/auth/p"),
    case("read_plugin", {"plugin_type": "auth", "name": "p", "version": "v1.2.0"},
         "GET", "/v1/sys/plugins/catalog/auth/p", query={"version": ["v1.2.0"]}),
    case("deregister_plugin", {"plugin_type": "auth", "name": "p"}, "DELETE", "/v1/sys/plugins/catalog/auth/p"),
    case("deregister_plugin", {"plugin_type": "auth", "name": "p", "version": "v1.2.0"},
         "DELETE", "/v1/sys/plugins/catalog/auth/p", query={"version": ["v1.2.0"]}),
    case("register_plugin_by_name", {"name": "p", "command": "bin"}, "POST", "/v1/sys/plugins/catalog/p",
         {"command": "bin"}),
    case("register_plugin_by_name", {"name": "p", "command": "bin", "plugin_type": "auth", **EVERY_PLUGIN_FIELD},
         "POST", "/v1/sys/plugins/catalog/p", {"command": "bin", "type": "auth", **EVERY_PLUGIN_FIELD}),
    case("read_plugin_by_name", {"name": "p"}, "GET", "/v1/sys/plugins/catalog/p"),
    case("deregister_plugin_by_name", {"name": "p"}, "DELETE", "/v1/sys/plugins/catalog/p"),
    case("reload_plugin_backends", {"plugin": "kv"}, "POST", "/v1/sys/plugins/reload/backend", {"plugin": "kv"}),
    case("reload_plugin_backends", {"mounts": ["a", "b"], "scope": "global"},
         "POST", "/v1/sys/plugins/reload/backend", {"mounts": ["a", "b"], "scope": "global"}),
    # --- key: authenticated root token generation, bare generate-root, backups ----------------
    case("read_root_token_generation_attempt", {}, "GET", "/v1/sys/generate-root-token/attempt"),
    case("start_root_token_generation_attempt", {}, "POST", "/v1/sys/generate-root-token/attempt", {}),
    case("start_root_token_generation_attempt", {"otp": "o"}, "POST", "/v1/sys/generate-root-token/attempt",
         {"otp": "o"}),
    case("start_root_token_generation_attempt", {"pgp_key": "p"}, "POST", "/v1/sys/generate-root-token/attempt",
         {"pgp_key": "p"}),
    case("cancel_root_token_generation_attempt", {}, "DELETE", "/v1/sys/generate-root-token/attempt"),
    case("submit_root_token_generation_share", {"key": "k1", "nonce": "n1"},
         "POST", "/v1/sys/generate-root-token/update", {"key": "k1", "nonce": "n1"}),
    case("read_generate_root", {}, "GET", "/v1/sys/generate-root"),
    case("start_generate_root", {}, "POST", "/v1/sys/generate-root", {}),
    case("start_generate_root", {"pgp_key": "p"}, "POST", "/v1/sys/generate-root", {"pgp_key": "p"}),
    case("cancel_generate_root", {}, "DELETE", "/v1/sys/generate-root"),
    case("delete_backup_keys", {}, "DELETE", "/v1/sys/rekey/backup"),
    case("delete_backup_keys", {"recovery_key": True}, "DELETE", "/v1/sys/rekey/recovery-key-backup"),
]


@pytest.mark.parametrize("method, kwargs, verb, path, body, query", CASES)
def test_exact_request(mock, client, method, kwargs, verb, path, body, query):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    getattr(client.sys, method)(**kwargs)
    assert_sent(mock, verb, path, query, body)


def test_every_new_operation_is_pinned():
    pinned = {param.values[0] for param in CASES}
    multi = {
        "submit_root_key_rotation_shares", "verify_root_key_rotation_shares", "submit_recovery_key_rotation_shares",
        "verify_recovery_key_rotation_shares", "submit_root_token_generation_shares",
    }
    from hvac.api.system_backend import Config, Plugins, Rotation

    from tests.unit.test_sys_vault import PINNED as pinned_for_vault

    public = {name for cls in (Config, Plugins, Rotation) for name in vars(cls) if not name.startswith("_")}
    assert public - multi <= pinned | pinned_for_vault


def test_names_with_reserved_characters_are_quoted(mock, client):
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, status_code=204)
    client.sys.create_or_update_audited_request_header("X Odd?", hmac=True)
    client.sys.delete_ui_header("X#Ui")
    client.sys.read_plugin("secret", "my plugin")
    paths = [urlsplit(r.url).path for r in mock.request_history]
    assert paths == [
        "/v1/sys/config/auditing/request-headers/X%20Odd%3F",
        "/v1/sys/config/ui/headers/X%23Ui",
        "/v1/sys/plugins/catalog/secret/my%20plugin",
    ]


# --- validation before any request ------------------------------------------------------------


@pytest.mark.parametrize(
    "method, kwargs",
    [
        ("list_plugins", {"plugin_type": "secrets"}),
        ("register_plugin", {"plugin_type": "credential", "name": "p", "command": "c"}),
        ("read_plugin", {"plugin_type": "Secret", "name": "p"}),
        ("deregister_plugin", {"plugin_type": "", "name": "p"}),
        ("register_plugin_by_name", {"name": "p", "command": "c", "plugin_type": "db"}),
    ],
)
def test_unknown_plugin_type_is_refused_before_sending(mock, client, method, kwargs):
    with pytest.raises(exceptions.ParamValidationError, match='valid values: "auth", "database", "secret"'):
        getattr(client.sys, method)(**kwargs)
    assert mock.call_count == 0


@pytest.mark.parametrize("method", ["start_root_token_generation_attempt", "start_generate_root"])
def test_otp_and_pgp_key_together_are_refused(mock, client, method):
    with pytest.raises(exceptions.ParamValidationError, match="otp or pgp_key"):
        getattr(client.sys, method)(otp="o", pgp_key="p")
    assert mock.call_count == 0


# --- submitting several shares ----------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path",
    [
        ("submit_root_key_rotation_shares", "/v1/sys/rotate/root/update"),
        ("verify_root_key_rotation_shares", "/v1/sys/rotate/root/verify"),
        ("submit_recovery_key_rotation_shares", "/v1/sys/rotate/recovery/update"),
        ("verify_recovery_key_rotation_shares", "/v1/sys/rotate/recovery/verify"),
        ("submit_root_token_generation_shares", "/v1/sys/generate-root-token/update"),
    ],
)
def test_multi_submission_stops_once_complete(mock, client, method, path):
    mock.post(
        f"{URL}{path}",
        [{"json": {"data": {"complete": False, "progress": 1}}}, {"json": {"data": {"complete": True}}}],
    )
    answer = getattr(client.sys, method)(["k1", "k2", "k3"], "n1")
    assert answer == {"data": {"complete": True}}
    assert [r.json() for r in mock.request_history] == [{"key": "k1", "nonce": "n1"}, {"key": "k2", "nonce": "n1"}]


def test_multi_submission_of_no_keys_sends_nothing(mock, client):
    assert client.sys.submit_root_key_rotation_shares([], "n1") is None
    assert mock.call_count == 0


def test_multi_submission_reads_raw_responses(mock):
    raw = hvac.Client(url=URL, token="s.tok", adapter=RawAdapter)
    mock.post(f"{URL}/v1/sys/rotate/root/update", [{"json": {"data": {"complete": True}}}])
    answer = raw.sys.submit_root_key_rotation_shares(["k1", "k2"], "n1")
    assert isinstance(answer, requests.Response) and mock.call_count == 1
    raw.adapter.close()
