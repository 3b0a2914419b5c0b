"""The token fields helper of the auth methods: the body entries it builds, what it refuses, and
the docstring lines it adds."""
from typing import Optional

import pytest

from hvac import exceptions
from hvac.api.auth_methods import _token_fields
from hvac.api.auth_methods._token_fields import FIELD_DOCS, documents_token_fields, token_fields


def test_token_fields_leaves_out_none_and_keeps_values_as_given():
    assert token_fields() == {}
    assert token_fields(token_num_uses=0, token_no_default_policy=False, policies="a,b") == {
        "token_num_uses": 0, "token_no_default_policy": False, "policies": "a,b"
    }
    every = {name: f"{name}-value" for name in FIELD_DOCS}
    assert token_fields(**every) == every


@pytest.mark.parametrize("name", ["token_policies", "token_bound_cidrs", "policies", "bound_cidrs"])
@pytest.mark.parametrize("value", [{"a": "b"}, ["a", 1], 5])
def test_token_fields_refuses_a_list_field_that_is_not_strings(name, value):
    with pytest.raises(exceptions.ParamValidationError, match=f"unsupported {name} argument provided"):
        token_fields(**{name: value})


def test_documents_token_fields_adds_the_missing_lines_before_mount_point_in_signature_order():
    def method(name: str, token_type: Optional[str] = None, token_ttl: Optional[str] = None, mount_point: str = "m") -> None:
        """Do it.

        :param name: the name.
        :param mount_point: where.
        :return: nothing.
        """

    lines = documents_token_fields(method).__doc__.splitlines()
    assert lines[2:7] == [
        "        :param name: the name.",
        f"        :param token_type: {FIELD_DOCS['token_type']}",
        f"        :param token_ttl: {FIELD_DOCS['token_ttl']}",
        "        :param mount_point: where.",
        "        :return: nothing.",
    ]


def test_documents_token_fields_goes_before_the_return_without_mount_point_and_keeps_own_lines():
    def method(name: str, token_ttl: Optional[str] = None, policies: Optional[str] = None) -> None:
        """Do it.

        :param name: the name.
        :param policies: described here already.
        :return: nothing.
        """

    assert documents_token_fields(method).__doc__.splitlines()[2:6] == [
        "        :param name: the name.",
        "        :param policies: described here already.",
        f"        :param token_ttl: {_token_fields.FIELD_DOCS['token_ttl']}",
        "        :return: nothing.",
    ]
