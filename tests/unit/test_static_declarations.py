"""What type checkers are told (class annotations, ``if TYPE_CHECKING`` blocks) matches what the
objects do at run time, and discovery (``dir()``, ``help()``) shows every backend."""
import ast
import inspect
import pydoc

import pytest
import requests

import hvac
from hvac.api import auth_methods, secrets_engines, system_backend
from hvac.api.auth_methods import approle


@pytest.fixture
def client():
    return hvac.Client(url="http://127.0.0.1:1", token="t")


def _declared_only(cls):
    """The names a class annotates without giving them a value: what only type checkers see."""
    return {name: value for name, value in cls.__annotations__.items() if name not in vars(cls)}


@pytest.mark.parametrize(
    "category, attribute",
    [(auth_methods.AuthMethods, "auth"), (secrets_engines.SecretsEngines, "secrets"), (system_backend.SystemBackend, "sys")],
)
def test_each_registry_declares_exactly_the_names_it_serves(client, category, attribute):
    registry = getattr(client, attribute)
    served = set(registry.implemented_class_names) - {name for name in registry.implemented_class_names if hasattr(type(registry), name)}
    assert set(_declared_only(category)) == served


@pytest.mark.parametrize(
    "category, attribute",
    [(auth_methods.AuthMethods, "auth"), (secrets_engines.SecretsEngines, "secrets"), (system_backend.SystemBackend, "sys")],
)
def test_each_declared_registry_attribute_has_the_class_it_is_declared_with(client, category, attribute):
    registry = getattr(client, attribute)
    for name, annotation in _declared_only(category).items():
        declared = annotation if isinstance(annotation, str) else f"{annotation.__name__}[VaultResponse]"
        assert declared == f"{type(getattr(registry, name)).__name__}[VaultResponse]", name


def _type_checking_defs(cls):
    """The names and parameters of the methods a class declares in an ``if TYPE_CHECKING:`` block."""
    tree = ast.parse(inspect.getsource(cls))
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.FunctionDef):
                    found[statement.name] = [a.arg for a in statement.args.args]
    return found


def test_the_approle_role_setting_methods_are_declared_for_type_checkers_as_they_are_made():
    declared = _type_checking_defs(approle.AppRole)
    made = {}
    for segment, field, _, _ in approle._ROLE_SETTINGS:
        stem = segment.replace("-", "_")
        made[f"read_role_{stem}"] = ["self", "role_name", "mount_point"]
        made[f"delete_role_{stem}"] = ["self", "role_name", "mount_point"]
        made[f"update_role_{stem}"] = ["self", "role_name", field, "mount_point"]
    assert declared == made
    for name, parameters in made.items():
        assert list(inspect.signature(getattr(approle.AppRole, name)).parameters) == parameters


def test_kv_declares_for_type_checkers_what_version_1_adds_to_the_default_version():
    from hvac.api.secrets_engines import kv, kv_v1, kv_v2

    only_v1 = {name for name in dir(kv_v1.KvV1) if not name.startswith("_")} - set(dir(kv_v2.KvV2))
    assert only_v1 <= set(_type_checking_defs(kv.Kv))


def test_dir_lists_every_backend_and_category(client):
    assert set(client.auth.implemented_class_names) | {"legacy_mfa"} <= set(dir(client.auth))
    assert {"kv", "kv_v1", "kv_v2", "transit", "pki", "active_directory", "totp"} <= set(dir(client.secrets))
    assert set(client.sys.implemented_class_names) - {"seal"} <= set(dir(client.sys))
    assert {"read_secret_version", "create_or_update_secret", "v1", "v2"} <= set(dir(client.secrets.kv))
    # The private caches of built classes are not listed.
    client.auth.approle
    assert "_approle" not in dir(client.auth)


def test_dir_of_kv_follows_the_default_version(client):
    client.secrets.kv.default_kv_version = "1"
    assert "delete_secret" in dir(client.secrets.kv) and "read_secret_version" not in dir(client.secrets.kv)


def test_help_shows_the_modern_api_before_the_deprecated_flat_methods():
    text = pydoc.render_doc(hvac.Client, renderer=pydoc.plaintext)
    legacy_section = text.index("Methods inherited from _DeprecatedFlatMethods")
    for modern in ("\n |  auth\n", "\n |  secrets\n", "\n |  sys\n", " |  read(self", " |  write(self"):
        assert text.index(modern) < legacy_section, modern
    assert text.index(" |  auth_approle(self") > legacy_section
    assert "Deprecated hvac 0.x flat method (due for removal in 0.12.0): use ``client.auth.approle.login``" in text


def test_a_flat_method_says_it_is_deprecated_and_what_replaces_it():
    assert hvac.Client.create_token.__doc__ == (
        "Deprecated hvac 0.x flat method (due for removal in 1.0.0): use ``client.auth.token.create``."
    )
    assert "no replacement" in hvac.Client.auth_app_id.__doc__


def test_type_parameters_leave_nothing_at_run_time():
    assert hvac.Client[requests.Response] is hvac.Client
    assert hvac.adapters.RawAdapter[dict] is hvac.adapters.RawAdapter
    assert [k.__name__ for k in hvac.adapters.JSONAdapter.__mro__] == ["JSONAdapter", "RawAdapter", "Adapter", "object"]
    assert [k.__name__ for k in approle.AppRole.__mro__] == ["AppRole", "VaultApiBase", "object"]
