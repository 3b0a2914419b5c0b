"""The contracts of the reference's helpers that hvac users' own tests rely on.

Written as such a test suite would: patching ``hvac.utils.*`` and ``warnings.warn`` and checking
the calls they receive (module attribute looked up at call time, keyword arguments), and
subclassing ``VaultApiCategory`` the way the reference's docs show.
"""
import datetime
import warnings
from typing import Any, List
from unittest import mock

import pytest
import requests
import requests_mock

import hvac
from hvac import adapters, aws_utils, exceptions, utils
from hvac.api.secrets_engines.kv import Kv
from hvac.api.vault_api_base import VaultApiBase
from hvac.api.vault_api_category import VaultApiCategory

URL = "https://vault.test:8200"


class FakeResponse:
    """Just what ``RawAdapter._raise_for_error`` reads from a response."""

    def __init__(self, status: int = 400, text: Any = "body", content_type: str = "application/json", body: Any = None):
        self.status_code = status
        self.headers = {"Content-Type": content_type}
        self._text, self._body = text, body

    @property
    def text(self) -> str:
        if isinstance(self._text, Exception):
            raise self._text
        return self._text

    def json(self) -> Any:
        if isinstance(self._body, Exception):
            raise self._body
        return self._body


# --- RawAdapter._raise_for_error -> hvac.utils.raise_for_error ------------------------------------


def _raise_for(response: FakeResponse, token: Any = None) -> mock.MagicMock:
    adapter = adapters.RawAdapter(base_uri=URL, token=token)
    with mock.patch("hvac.utils.raise_for_error") as raise_for_error:
        adapter._raise_for_error("get", f"{URL}/v1/x", response)  # type: ignore[arg-type]
    return raise_for_error


def test_errors_from_an_exactly_json_response_go_to_the_patched_helper_once():
    body = {"errors": ["permission denied"]}
    raise_for_error = _raise_for(FakeResponse(403, text='{"errors": ["permission denied"]}', body=body))
    raise_for_error.assert_called_once_with(
        "get", f"{URL}/v1/x", 403, None, errors=["permission denied"], text='{"errors": ["permission denied"]}', json=body
    )


def test_a_body_that_is_not_exactly_json_gives_its_text_as_the_message():
    raise_for_error = _raise_for(FakeResponse(500, text="oops", content_type="application/json; charset=utf-8", body={}))
    raise_for_error.assert_called_once_with("get", f"{URL}/v1/x", 500, "oops", errors=None, text="oops", json=None)


def test_an_unreadable_text_and_a_broken_json_leave_none():
    response = FakeResponse(502, text=UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), body=RuntimeError("broken"))
    raise_for_error = _raise_for(response)
    raise_for_error.assert_called_once_with("get", f"{URL}/v1/x", 502, None, errors=None, text=None, json=None)


def test_a_json_body_without_errors_gives_the_text_as_message():
    raise_for_error = _raise_for(FakeResponse(404, text="{}", body={}))
    raise_for_error.assert_called_once_with("get", f"{URL}/v1/x", 404, "{}", errors=None, text="{}", json={})


def test_redaction_removes_the_token_and_leaves_other_text_alone():
    untouched = _raise_for(FakeResponse(400, text="  spaced  text ", content_type="text/plain"), token="s.secret")
    assert untouched.call_args.kwargs["text"] == "  spaced  text "
    echoed = _raise_for(
        FakeResponse(400, text="bad token s.secret", body={"errors": ["bad token s.secret"]}), token="s.secret"
    )
    assert echoed.call_args.kwargs["errors"] == ["bad token <redacted>"]
    assert "s.secret" not in echoed.call_args.kwargs["text"]


def test_the_real_helper_raises_the_mapped_exception():
    with pytest.raises(exceptions.Forbidden) as info:
        adapters.RawAdapter(base_uri=URL)._raise_for_error(  # type: ignore[arg-type]
            "get", f"{URL}/v1/x", FakeResponse(403, body={"errors": ["denied"]})
        )
    assert str(info.value) == f"denied, on get {URL}/v1/x"


# --- aliased_parameter --------------------------------------------------------------------------


class Configurable:
    @utils.aliased_parameter("userdn", "user_dn", "old_dn", removed_in_version="3.0.0", position=1)
    def configure(self, userdn=None, other=None):
        return userdn


def test_alias_warns_through_the_patched_helpers_with_keywords():
    with mock.patch("hvac.utils.generate_parameter_deprecation_message", return_value="msg") as message, mock.patch(
        "warnings.warn"
    ) as warn:
        assert Configurable().configure(user_dn="ou=x") == "ou=x"
    message.assert_called_once_with(to_be_removed_in_version="3.0.0", old_parameter_name="user_dn", new_parameter_name="userdn")
    warn.assert_called_once_with(message="msg", category=DeprecationWarning, stacklevel=2)


def test_alias_after_a_canonical_value_warns_then_raises():
    for args, kwargs in (((), {"userdn": "a", "user_dn": "b"}), (("a",), {"user_dn": "b"})):
        with pytest.warns(DeprecationWarning, match="'user_dn'"), pytest.raises(ValueError) as info:
            Configurable().configure(*args, **kwargs)
        assert str(info.value) == "Parameter 'userdn' was given a duplicate value via alias 'user_dn'."


def test_aliases_are_handled_in_declared_order_and_always_removed():
    with pytest.warns(DeprecationWarning) as caught, pytest.raises(ValueError, match="alias 'old_dn'"):
        Configurable().configure(old_dn="b", user_dn="a")
    assert ["'user_dn'" in str(w.message) for w in caught] == [True, False]

    @utils.aliased_parameter("name", "alias", removed_in_version=None, raise_on_multiple=False)
    def quiet(name=None):
        return name

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert quiet(name="kept", alias="dropped") == "kept"
        assert quiet(alias="used") == "used"


def test_position_is_not_checked_at_decoration():
    utils.aliased_parameter("x", "y", removed_in_version=None, position=-1)(lambda x=None: x)


# --- deprecated_method ----------------------------------------------------------------------


def replacement():
    """
    Do the new thing.

        With an indented example.
    """


def test_decoration_builds_the_message_through_the_patched_helper():
    with mock.patch("hvac.utils.generate_method_deprecation_message", return_value="msg") as message:

        @utils.deprecated_method(to_be_removed_in_version="9.9.9", new_method=replacement)
        def old():
            return 1

        @utils.deprecated_method(to_be_removed_in_version="9.9.9")
        def older():
            return 2

    assert message.call_args_list == [
        mock.call(to_be_removed_in_version="9.9.9", old_method_name="old", method_name="replacement", module_name=__name__),
        mock.call(to_be_removed_in_version="9.9.9", old_method_name="older", method_name=None, module_name=None),
    ]
    assert older.__doc__ == "msg"
    assert "msg" in old.__doc__
    assert "Docstring content from this method's replacement copied below:" in old.__doc__
    assert "Do the new thing.\n\n    With an indented example." in old.__doc__

    with mock.patch("warnings.warn") as warn:
        assert old() == 1
    warn.assert_called_once_with(message="msg", category=DeprecationWarning, stacklevel=2)


def test_a_replacement_without_docstring_shows_na():
    def bare():
        pass

    @utils.deprecated_method("1.0.0", new_method=bare)
    def old():
        pass

    assert old.__doc__.rstrip().endswith("N/A")


# --- getattr_with_deprecated_properties ---------------------------------------------------------


def test_deprecated_property_goes_through_the_patched_helpers():
    holder = mock.Mock()
    holder.seal_status_source.sealed = True
    table = {"is_sealed": {"to_be_removed_in_version": "3.0.0", "client_property": "seal_status_source", "new_property": "sealed"}}
    with mock.patch("hvac.utils.generate_property_deprecation_message", return_value="msg") as message, mock.patch(
        "warnings.warn"
    ) as warn:
        assert utils.getattr_with_deprecated_properties(holder, "is_sealed", table) is True
    message.assert_called_once_with(
        to_be_removed_in_version="3.0.0", old_name="is_sealed", new_name="sealed", new_attribute="seal_status_source"
    )
    warn.assert_called_once_with(message="msg", category=DeprecationWarning, stacklevel=2)
    with pytest.raises(AttributeError):
        utils.getattr_with_deprecated_properties(holder, "other", table)


def test_validate_list_of_strings_param_splits_through_the_patched_helper():
    with mock.patch("hvac.utils.comma_delimited_to_list", return_value=["a", "b"]) as split:
        utils.validate_list_of_strings_param("policies", "a,b")
    split.assert_called_once_with(list_param="a,b")


# --- VaultApiCategory subclassed with instance properties -----------------------------------------


class Alpha(VaultApiBase):
    pass


class Beta(VaultApiBase):
    pass


class MyCategory(VaultApiCategory):
    @property
    def implemented_classes(self) -> List[type]:
        return [Alpha, Beta]

    @property
    def unimplemented_classes(self) -> List[str]:
        return ["Gamma"]


def test_a_category_with_property_lists_builds_and_routes():
    first, second = adapters.JSONAdapter(base_uri=URL), adapters.JSONAdapter(base_uri=URL)
    category = MyCategory(adapter=first)
    assert isinstance(category.alpha, Alpha) and category.alpha is category._alpha
    assert category.beta.adapter is first
    with pytest.raises(NotImplementedError, match='"gamma" auth method class not currently implemented.'):
        category.gamma
    with pytest.raises(AttributeError):
        category.delta
    category.adapter = second
    assert category.adapter is second and category.alpha.adapter is second and category.beta.adapter is second


def test_built_in_categories_stay_lazy_and_follow_the_adapter():
    client = hvac.Client(url=URL)
    assert "_approle" not in vars(client.auth)
    assert "approle" in client.auth.implemented_class_names
    approle = client.auth.approle
    replacement = adapters.JSONAdapter(base_uri=URL)
    client.auth.adapter = replacement
    assert approle.adapter is replacement
    assert client.auth.github.adapter is replacement  # built after the change, with the new adapter


# --- Kv, KvV2, sys.initialize ----------------------------------------------------------------------


def test_kv_forwards_by_default_version_and_refuses_others():
    adapter = adapters.JSONAdapter(base_uri=URL)
    one, two = Kv(adapter, default_kv_version="1"), Kv(adapter)
    assert one.read_secret == one.v1.read_secret
    assert two.read_secret_version == two.v2.read_secret_version
    with pytest.raises(AttributeError):
        Kv(adapter, default_kv_version=0).read_secret  # type: ignore[arg-type]


@pytest.fixture
def answering():
    with requests_mock.Mocker() as mocker:
        mocker.register_uri(requests_mock.ANY, requests_mock.ANY, json={"data": {}}, headers={"Content-Type": "application/json"})
        yield mocker


def test_read_secret_version_warns_with_keywords(answering):
    with mock.patch("warnings.warn") as warn:
        hvac.Client(url=URL).secrets.kv.v2.read_secret_version(path="p")
    assert warn.call_count == 1
    assert warn.call_args.kwargs["category"] is DeprecationWarning
    assert warn.call_args.kwargs["stacklevel"] == 2 and "raise_on_deleted_version" in warn.call_args.kwargs["message"]


@pytest.mark.parametrize(
    "kwargs, warned, body",
    [
        ({}, ["secret_shares", "secret_threshold"], {"secret_shares": 5, "secret_threshold": 3}),
        ({"recovery_shares": 4}, ["secret_threshold"], {"secret_threshold": 3, "recovery_shares": 4}),
        ({"recovery_shares": 4, "recovery_threshold": 2}, [], {"secret_threshold": None, "recovery_shares": 4, "recovery_threshold": 2}),
        ({"secret_shares": 1, "recovery_threshold": 1}, [], {"secret_shares": 1, "secret_threshold": None}),
    ],
)
def test_initialize_defaults(answering, kwargs, warned, body):
    with mock.patch("warnings.warn") as warn:
        hvac.Client(url=URL).sys.initialize(**kwargs)
    assert [call.kwargs["category"] for call in warn.call_args_list] == [DeprecationWarning] * len(warned)
    assert [name for name in warned] == [
        next(n for n in ("secret_shares", "secret_threshold") if n in call.kwargs["message"]) for call in warn.call_args_list
    ]
    assert all(call.kwargs["stacklevel"] == 2 for call in warn.call_args_list)
    sent = answering.last_request.json()
    assert {k: sent.get(k) for k in body} == body


# --- hvac.aws_utils reads its clock through its own datetime name ---------------------------------


def test_patching_aws_utils_datetime_freezes_the_signer():
    fixed = datetime.datetime(2020, 1, 2, 3, 4, 5)
    with mock.patch("hvac.aws_utils.datetime") as clock:
        clock.utcnow.return_value = fixed
        request = aws_utils.generate_sigv4_auth_request()
        aws_utils.SigV4Auth("AKID", "secret").add_auth(request)
    assert request.headers["X-Amz-Date"] == "20200102T030405Z"
    assert isinstance(request, requests.PreparedRequest)
