"""Every 0.x flat method exists on hvac.Client with its recorded signature, and warns."""
import inspect
import json
import warnings
from pathlib import Path

import pytest
import requests_mock

import hvac
from hvac.v1.legacy import LEGACY_METHODS

RECORDED = json.loads((Path(__file__).parents[1] / "golden" / "legacy_signatures.json").read_text())


def _unannotated(signature: inspect.Signature) -> str:
    return str(signature.replace(parameters=[p.replace(annotation=inspect.Parameter.empty) for p in signature.parameters.values()], return_annotation=inspect.Signature.empty))


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_legacy_name_exists_with_recorded_signature(name):
    getattr(hvac.Client, name)  # the shims load on first lookup
    member = inspect.getattr_static(hvac.Client, name)
    assert isinstance(member, staticmethod) == (RECORDED[name]["kind"] == "staticmethod")
    assert _unannotated(inspect.signature(getattr(hvac.Client, name))) == RECORDED[name]["signature"]


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_legacy_table_names_removal_version_and_replacement(name):
    entry = LEGACY_METHODS[name]
    assert entry.removed_in == RECORDED[name]["removed_in"]
    assert entry.replacement == RECORDED[name]["replacement"]
    assert name in entry.warning_message and entry.removed_in in entry.warning_message
    if entry.replacement:
        assert entry.replacement.rsplit(".", 1)[1] in entry.warning_message


def test_a_legacy_call_warns_once_and_sends_the_request():
    client = hvac.Client(url="https://vault.test:8200", token="t")
    with requests_mock.Mocker() as mock:
        mock.put("https://vault.test:8200/v1/sys/seal", status_code=204)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert client.seal() is None
    assert [w.category for w in caught] == [DeprecationWarning]
    assert "seal" in str(caught[0].message) and "0.9.0" in str(caught[0].message)
    assert mock.call_count == 1


def test_renew_token_without_a_token_renews_the_clients_own_the_0x_way():
    client = hvac.Client(url="https://vault.test:8200", token="s.mine")
    with requests_mock.Mocker() as mock:
        mock.post(requests_mock.ANY, json={"auth": {"client_token": "s.mine"}})
        with pytest.warns(DeprecationWarning, match="'renew_self_token'"):
            client.renew_token(increment=60, wrap_ttl="1m")
        with pytest.warns(DeprecationWarning, match="'renew_self_token'"):
            client.renew_token(None)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            client.renew_token("s.other", 30)
    sent = [(r.path, r.json(), r.headers.get("X-Vault-Wrap-TTL")) for r in mock.request_history]
    assert sent == [
        ("/v1/auth/token/renew-self", {"increment": 60}, "1m"),
        ("/v1/auth/token/renew-self", {"increment": None}, None),
        ("/v1/auth/token/renew", {"token": "s.other", "increment": 30}, None),
    ]


@pytest.mark.parametrize("name", ["list_userpass", "list_token_roles"])
def test_legacy_lists_give_none_for_nothing_to_list(name):
    client = hvac.Client(url="https://vault.test:8200", token="s.mine")
    with requests_mock.Mocker() as mock:
        mock.get(requests_mock.ANY, status_code=404, json={"errors": []}, headers={"Content-Type": "application/json"})
        with pytest.warns(DeprecationWarning):
            assert getattr(client, name)() is None


def test_modern_names_are_not_overridden_by_shims():
    assert "renew_token" not in LEGACY_METHODS
    assert hvac.Client.write.__module__ == "hvac.v1"


def test_the_lazy_name_list_matches_the_shim_table():
    from hvac.v1 import LEGACY_METHOD_NAMES

    assert set(LEGACY_METHOD_NAMES) == set(LEGACY_METHODS) == set(RECORDED)


def test_old_import_names_of_the_legacy_mfa_class():
    from hvac.api.auth_methods import LegacyMfa, Mfa
    from hvac.api.auth_methods.mfa import SUPPORTED_AUTH_METHODS, SUPPORTED_MFA_TYPES
    from hvac.api.auth_methods.mfa import Mfa as MfaFromModule

    assert Mfa is LegacyMfa is MfaFromModule
    assert (SUPPORTED_AUTH_METHODS, SUPPORTED_MFA_TYPES) == (["ldap", "okta", "radius", "userpass"], ["duo"])
    assert "Mfa" not in __import__("hvac.api.auth_methods", fromlist=["__all__"]).__all__
    with pytest.raises(NotImplementedError):
        hvac.Client(url="https://vault.test:8200").auth.mfa
