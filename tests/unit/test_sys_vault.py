"""Unit tests of the client.sys methods for what Vault serves beyond OpenBao: the Enterprise
categories (replication, step-up MFA, managed keys, control-group and group-policy settings,
lease-count quotas, seal-wrap rewrap, license, plugin reload status), Vault's client-activity
counters, experiments, UI feature flags and plugin runtimes, and the deprecated lease paths.
OpenBao serves none of them, so each is pinned by its exact request (verb, path, query, body)."""
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs, urlsplit

import pytest
import requests_mock

from hvac import exceptions
from tests.unit.fake_server import assert_sent


@pytest.fixture
def mock(mock):
    """Every request answered with a small JSON body, so that each method can be called."""
    mock.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}})
    return mock


def case(method: str, kwargs: Dict[str, Any], verb: str, path: str, body: Optional[Dict[str, Any]] = None,
         query: Optional[Dict[str, List[str]]] = None, label: str = "") -> Any:
    return pytest.param(method, kwargs, verb, path, body, query or {}, id=f"{method}{label}")


R = "/v1/sys/replication"
MFA = "/v1/sys/mfa/method"
LEASE = "db/creds/r/abc"

# The replication calls served for both kinds, and but one at the early unprefixed path too:
# method, its arguments (named as the body fields they fill, but ``secondary_id``: ``id``), the
# path after /performance/, /dr/ or /, whether the legacy path exists.
REPLICATION_ACTIONS = [
    ("enable_replication_primary", {"primary_cluster_addr": "https://lb:8201"}, "primary/enable", True),
    ("demote_replication_primary", {}, "primary/demote", True),
    ("disable_replication_primary", {}, "primary/disable", True),
    ("generate_replication_secondary_token", {"secondary_id": "us-east", "ttl": "1h", "secondary_public_key": "pk"},
     "primary/secondary-token", True),
    ("revoke_replication_secondary", {"secondary_id": "us-east"}, "primary/revoke-secondary", True),
    ("generate_replication_public_key", {}, "secondary/generate-public-key", False),
    ("enable_replication_secondary", {"token": "wrapped", "primary_api_addr": "https://p:8200", "ca_file": "/ca.pem",
                                      "ca_path": "/cas"}, "secondary/enable", True),
    ("promote_replication_secondary", {"primary_cluster_addr": "https://me:8201", "force": True,
                                       "dr_operation_token": "drtok"}, "secondary/promote", True),
    ("disable_replication_secondary", {"dr_operation_token": "drtok"}, "secondary/disable", True),
    ("update_replication_primary", {"token": "", "primary_api_addr": "https://p", "ca_file": "/f", "ca_path": "/d",
                                    "update_primary_addrs": ["https://a:8201"], "dr_operation_token": "drtok"},
     "secondary/update-primary", True),
]
KIND_FLAGS = [("", "/performance/", {}), ("-dr", "/dr/", {"dr": True}), ("-legacy", "/", {"legacy_path": True})]


REQUIRED = {"secondary_id", "token"}


def replication_body(kwargs: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """The body a replication call sends: its fields (``secondary_id`` as ``id``); none without fields."""
    return {("id" if name == "secondary_id" else name): value for name, value in kwargs.items()} or None


def replication_cases() -> List[Any]:
    """Every action with every argument and with the required ones only, for each kind it is served for."""
    cases = []
    for method, kwargs, action, has_legacy in REPLICATION_ACTIONS:
        minimal = {name: value for name, value in kwargs.items() if name in REQUIRED}
        for label, prefix, flags in KIND_FLAGS if has_legacy else KIND_FLAGS[:2]:
            url = R + prefix + action
            cases.append(case(method, {**kwargs, **flags}, "POST", url, replication_body(kwargs), label=label))
            if minimal != kwargs:
                cases.append(case(method, {**minimal, **flags}, "POST", url, replication_body(minimal), label=f"{label}-required-only"))
    return cases


CASES = replication_cases() + [
    # --- replication: status (Vault Community too), both roles, DR secondaries, filters -------------
    case("read_replication_status", {}, "GET", f"{R}/status"),
    case("read_replication_status", {"dr": True}, "GET", f"{R}/dr/status", label="-dr"),
    case("read_replication_status", {"performance": True}, "GET", f"{R}/performance/status", label="-performance"),
    case("reindex_replication", {"diff": True, "force": False, "skip_flush": True}, "POST", f"{R}/reindex",
         {"diff": True, "force": False, "skip_flush": True}),
    case("reindex_replication", {"dr_operation_token": "drtok", "dr": True}, "POST", f"{R}/dr/secondary/reindex",
         {"dr_operation_token": "drtok"}, label="-dr"),
    case("recover_replication", {}, "POST", f"{R}/recover"),
    case("recover_replication", {"dr_operation_token": "drtok", "dr": True}, "POST", f"{R}/dr/secondary/recover",
         {"dr_operation_token": "drtok"}, label="-dr"),
    case("delete_dr_operation_token", {"dr_operation_token": "drtok"}, "POST", f"{R}/dr/secondary/operation-token/delete",
         {"dr_operation_token": "drtok"}),
    case("read_dr_secondary_license_status", {}, "GET", f"{R}/dr/secondary/license/status"),
    case("reload_dr_secondary_subsystem", {"subsystem": "license"}, "POST", f"{R}/dr/secondary/config/reload/license"),
    case("create_or_update_replication_paths_filter", {"secondary_id": "c1", "mode": "deny", "paths": ["secret/", "ns1/"]},
         "POST", f"{R}/performance/primary/paths-filter/c1", {"mode": "deny", "paths": ["secret/", "ns1/"]}),
    case("read_replication_paths_filter", {"secondary_id": "c1"}, "GET", f"{R}/performance/primary/paths-filter/c1"),
    case("delete_replication_paths_filter", {"secondary_id": "c1"}, "DELETE", f"{R}/performance/primary/paths-filter/c1"),
    case("read_replication_dynamic_filter", {"secondary_id": "c1"}, "GET", f"{R}/performance/primary/dynamic-filter/c1"),
    case("read_replication_dynamic_filter", {"secondary_id": "c1", "on_secondary": True}, "GET",
         f"{R}/performance/secondary/dynamic-filter/c1", label="-secondary"),
    # --- step-up MFA -------------------------------------------------------------------------------
    case("list_mfa_methods", {}, "LIST", MFA),
    case("configure_duo_mfa_method", {"name": "duo1", "mount_accessor": "acc", "secret_key": "sk", "integration_key": "ik",
                                      "api_hostname": "api.duo", "username_format": "{{alias.name}}", "push_info": "from=vault"},
         "POST", f"{MFA}/duo/duo1", {"mount_accessor": "acc", "secret_key": "sk", "integration_key": "ik",
                                     "api_hostname": "api.duo", "username_format": "{{alias.name}}", "push_info": "from=vault"}),
    case("read_duo_mfa_method", {"name": "duo1"}, "GET", f"{MFA}/duo/duo1"),
    case("delete_duo_mfa_method", {"name": "duo1"}, "DELETE", f"{MFA}/duo/duo1"),
    case("configure_okta_mfa_method", {"name": "okta1", "mount_accessor": "acc", "org_name": "org", "api_token": "t",
                                       "base_url": "okta.com", "primary_email": True, "username_format": "u"},
         "POST", f"{MFA}/okta/okta1", {"mount_accessor": "acc", "org_name": "org", "api_token": "t", "base_url": "okta.com",
                                       "primary_email": True, "username_format": "u"}),
    case("read_okta_mfa_method", {"name": "okta1"}, "GET", f"{MFA}/okta/okta1"),
    case("delete_okta_mfa_method", {"name": "okta1"}, "DELETE", f"{MFA}/okta/okta1"),
    case("configure_pingid_mfa_method", {"name": "p1", "mount_accessor": "acc", "settings_file_base64": "c2V0",
                                         "username_format": "u"},
         "POST", f"{MFA}/pingid/p1", {"mount_accessor": "acc", "settings_file_base64": "c2V0", "username_format": "u"}),
    case("configure_pingid_mfa_method", {"name": "p1", "mount_accessor": "acc"}, "POST", f"{MFA}/pingid/p1",
         {"mount_accessor": "acc"}, label="-required-only"),
    case("read_pingid_mfa_method", {"name": "p1"}, "GET", f"{MFA}/pingid/p1"),
    case("delete_pingid_mfa_method", {"name": "p1"}, "DELETE", f"{MFA}/pingid/p1"),
    case("configure_totp_mfa_method", {"name": "t1", "issuer": "Example", "period": "45s", "key_size": 30, "qr_size": 150,
                                       "algorithm": "SHA256", "digits": 8, "skew": 0, "max_validation_attempts": 3},
         "POST", f"{MFA}/totp/t1", {"issuer": "Example", "period": "45s", "key_size": 30, "qr_size": 150,
                                    "algorithm": "SHA256", "digits": 8, "skew": 0, "max_validation_attempts": 3}),
    case("configure_totp_mfa_method", {"name": "t1", "issuer": "Example"}, "POST", f"{MFA}/totp/t1", {"issuer": "Example"},
         label="-required-only"),
    case("read_totp_mfa_method", {"name": "t1"}, "GET", f"{MFA}/totp/t1"),
    case("delete_totp_mfa_method", {"name": "t1"}, "DELETE", f"{MFA}/totp/t1"),
    case("generate_totp_mfa_secret", {"name": "t1"}, "GET", f"{MFA}/totp/t1/generate"),
    case("admin_generate_totp_mfa_secret", {"name": "t1", "entity_id": "e1"}, "POST", f"{MFA}/totp/t1/admin-generate",
         {"entity_id": "e1"}),
    case("admin_destroy_totp_mfa_secret", {"name": "t1", "entity_id": "e1"}, "POST", f"{MFA}/totp/t1/admin-destroy",
         {"entity_id": "e1"}),
    # --- managed keys --------------------------------------------------------------------------------
    case("list_managed_keys", {"key_type": "pkcs11"}, "LIST", "/v1/sys/managed-keys/pkcs11"),
    case("create_or_update_managed_key",
         {"key_type": "pkcs11", "name": "hsm", "allow_generate_key": True, "allow_replace_key": False, "allow_store_key": False,
          "any_mount": True, "usages": ["sign", "verify"],
          "backend_params": {"library": "hsm1", "key_label": "vault", "mechanism": "0x1041", "pin": "1234", "slot": "0"}},
         "POST", "/v1/sys/managed-keys/pkcs11/hsm",
         {"allow_generate_key": True, "allow_replace_key": False, "allow_store_key": False, "any_mount": True,
          "usages": ["sign", "verify"], "library": "hsm1", "key_label": "vault", "mechanism": "0x1041", "pin": "1234", "slot": "0"}),
    case("create_or_update_managed_key", {"key_type": "awskms", "name": "k"}, "POST", "/v1/sys/managed-keys/awskms/k", {},
         label="-required-only"),
    case("read_managed_key", {"key_type": "awskms", "name": "k"}, "GET", "/v1/sys/managed-keys/awskms/k"),
    case("delete_managed_key", {"key_type": "awskms", "name": "k"}, "DELETE", "/v1/sys/managed-keys/awskms/k"),
    case("test_sign_managed_key", {"key_type": "pkcs11", "name": "hsm", "use_pss": True, "hash_algorithm": "sha2-512"},
         "POST", "/v1/sys/managed-keys/pkcs11/hsm/test/sign", {"use_pss": True, "hash_algorithm": "sha2-512"}),
    case("test_sign_managed_key", {"key_type": "pkcs11", "name": "hsm"}, "POST", "/v1/sys/managed-keys/pkcs11/hsm/test/sign",
         label="-required-only"),
    # --- control groups, group policy application, lease-count quotas --------------------------------
    case("read_control_group_config", {}, "GET", "/v1/sys/config/control-group"),
    case("configure_control_group", {"max_ttl": "4h"}, "POST", "/v1/sys/config/control-group", {"max_ttl": "4h"}),
    case("delete_control_group_config", {}, "DELETE", "/v1/sys/config/control-group"),
    case("read_group_policy_application", {}, "GET", "/v1/sys/config/group-policy-application"),
    case("configure_group_policy_application", {"group_policy_application_mode": "any"}, "POST",
         "/v1/sys/config/group-policy-application", {"group_policy_application_mode": "any"}),
    case("create_or_update_lease_count_quota", {"name": "q", "max_leases": 100, "path": "ns1/", "role": "r", "inheritable": True},
         "POST", "/v1/sys/quotas/lease-count/q", {"max_leases": 100, "path": "ns1/", "role": "r", "inheritable": True}),
    case("read_lease_count_quota", {"name": "q"}, "GET", "/v1/sys/quotas/lease-count/q"),
    case("list_lease_count_quotas", {}, "LIST", "/v1/sys/quotas/lease-count"),
    case("delete_lease_count_quota", {"name": "q"}, "DELETE", "/v1/sys/quotas/lease-count/q"),
    # --- seal wrap, license, experiments, plugins --------------------------------------------------
    case("read_seal_wrap_rewrap_status", {}, "GET", "/v1/sys/sealwrap/rewrap"),
    case("start_seal_wrap_rewrap", {}, "POST", "/v1/sys/sealwrap/rewrap"),
    case("read_license_status", {}, "GET", "/v1/sys/license/status"),
    case("list_experiments", {}, "GET", "/v1/sys/experiments"),
    case("read_plugin_reload_status", {"reload_id": "r-1"}, "GET", "/v1/sys/plugins/reload/backend/status",
         query={"reload_id": ["r-1"]}),
    case("list_plugin_runtimes", {}, "LIST", "/v1/sys/plugins/runtimes/catalog"),
    case("register_plugin_runtime", {"runtime_type": "container", "name": "gvisor", "oci_runtime": "runsc",
                                     "cgroup_parent": "/vault", "cpu_nanos": 500000000, "memory_bytes": 268435456},
         "POST", "/v1/sys/plugins/runtimes/catalog/container/gvisor",
         {"oci_runtime": "runsc", "cgroup_parent": "/vault", "cpu_nanos": 500000000, "memory_bytes": 268435456}),
    case("read_plugin_runtime", {"runtime_type": "container", "name": "gvisor"}, "GET",
         "/v1/sys/plugins/runtimes/catalog/container/gvisor"),
    case("deregister_plugin_runtime", {"runtime_type": "container", "name": "gvisor"}, "DELETE",
         "/v1/sys/plugins/runtimes/catalog/container/gvisor"),
    # --- client activity, UI feature flags ---------------------------------------------------------
    case("read_client_activity", {"start_time": "2024-01-01T00:00:00Z", "end_time": 1719792000}, "GET",
         "/v1/sys/internal/counters/activity", query={"start_time": ["2024-01-01T00:00:00Z"], "end_time": ["1719792000"]}),
    case("read_client_activity", {}, "GET", "/v1/sys/internal/counters/activity", label="-defaults"),
    case("read_monthly_client_activity", {}, "GET", "/v1/sys/internal/counters/activity/monthly"),
    case("read_client_activity_config", {}, "GET", "/v1/sys/internal/counters/config"),
    case("configure_client_activity", {"enabled": "enable", "retention_months": 24, "default_report_months": 12},
         "POST", "/v1/sys/internal/counters/config", {"enabled": "enable", "retention_months": 24, "default_report_months": 12}),
    case("read_ui_feature_flags", {}, "GET", "/v1/sys/internal/ui/feature-flags"),
    # --- the deprecated lease paths (Vault serves them, OpenBao no longer does) --------------------
    case("renew_lease", {"lease_id": LEASE, "increment": 60, "legacy_path": True}, "PUT", "/v1/sys/renew",
         {"lease_id": LEASE, "increment": 60}, label="-legacy"),
    case("renew_lease_by_url", {"lease_id": LEASE, "legacy_path": True}, "POST", f"/v1/sys/renew/{LEASE}", {}, label="-legacy"),
    case("revoke_lease", {"lease_id": LEASE, "legacy_path": True}, "PUT", "/v1/sys/revoke", {"lease_id": LEASE}, label="-legacy"),
    case("revoke_lease_by_url", {"lease_id": LEASE, "sync": False, "legacy_path": True}, "POST", f"/v1/sys/revoke/{LEASE}",
         {"sync": False}, label="-legacy"),
    case("revoke_prefix", {"prefix": "db/creds", "legacy_path": True}, "PUT", "/v1/sys/revoke-prefix/db/creds",
         {"prefix": "db/creds"}, label="-legacy"),
    case("revoke_force", {"prefix": "db/creds", "legacy_path": True}, "PUT", "/v1/sys/revoke-force/db/creds",
         {"prefix": "db/creds"}, label="-legacy"),
]


@pytest.mark.parametrize("method, kwargs, verb, path, body, query", CASES)
def test_exact_request(mock, client, method: str, kwargs: Dict[str, Any], verb: str, path: str,
                       body: Optional[Dict[str, Any]], query: Dict[str, List[str]]) -> None:
    getattr(client.sys, method)(**kwargs)
    assert_sent(mock, verb, path, query, body)


PINNED = {param.values[0] for param in CASES} | {"export_client_activity"}


def test_every_method_of_the_vault_categories_has_a_case() -> None:
    from hvac.api.system_backend import ManagedKeys, Mfa, Replication

    for category in (Replication, Mfa, ManagedKeys):
        public = {name for name in vars(category) if not name.startswith("_") and callable(vars(category)[name])}
        assert public <= PINNED, public - PINNED


def test_the_client_activity_export_is_returned_as_text(mock, client) -> None:
    mock.register_uri("GET", requests_mock.ANY, text='{"client_id":"a"}\n{"client_id":"b"}\n')
    export = client.sys.export_client_activity(start_time="2024-01-01T00:00:00Z", format="csv")
    assert export == '{"client_id":"a"}\n{"client_id":"b"}\n'
    request = mock.last_request
    assert (request.method, urlsplit(request.url).path) == ("GET", "/v1/sys/internal/counters/activity/export")
    assert parse_qs(urlsplit(request.url).query) == {"start_time": ["2024-01-01T00:00:00Z"], "format": ["csv"]}


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.sys.enable_replication_primary(dr=True, legacy_path=True),
        lambda c: c.sys.promote_replication_secondary(dr=True, legacy_path=True),
        lambda c: c.sys.read_replication_status(dr=True, performance=True),
    ],
)
def test_contradictory_replication_flags_are_refused_before_sending(mock, client, call) -> None:
    with pytest.raises(exceptions.ParamValidationError):
        call(client)
    assert mock.call_count == 0
