"""hvac.v1._smart_pop: how Client.write tells its own arguments from data given as keywords."""
import warnings

import pytest

from hvac.v1 import _sentinel, _smart_pop

MESSAGE = (
    "{method}() argument '{member}' was supplied as a keyword argument and will not be written as data. "
    "To write this data with a '{member}' key, use the {replacement}() method. To continue using {method}() "
    "and suppress this warning, supply this argument positionally. "
    "For more information see: https://github.com/hvac/hvac/issues/1034"
)


def test_the_sentinel_is_one_plain_object():
    assert type(_sentinel) is object
    from hvac.v1 import _sentinel as again

    assert again is _sentinel


def test_absent_member_returns_the_positional_value_without_touching_the_mapping():
    kwargs = {"other": 1}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _smart_pop(kwargs, "path", posvalue="p") == "p"
        assert _smart_pop(kwargs, "path", "default", posvalue="p") == "p"
    assert kwargs == {"other": 1}


def test_absent_member_falls_back_to_the_default_even_when_it_is_none():
    kwargs = {"other": 1}
    assert _smart_pop(kwargs, "wrap_ttl", None) is None
    assert _smart_pop(kwargs, "wrap_ttl", "1h") == "1h"
    assert kwargs == {"other": 1}


@pytest.mark.parametrize("method", ["write", "renew"])
def test_absent_member_without_default_or_positional_value_is_a_missing_argument(method):
    kwargs = {"other": 1}
    with pytest.raises(TypeError) as raised:
        _smart_pop(kwargs, "path", method=method)
    assert str(raised.value) == f"{method}() missing one required positional argument: 'path'"
    assert kwargs == {"other": 1}


def test_member_given_both_ways_is_a_duplicate_argument():
    kwargs = {"path": "kw", "other": 1}
    with pytest.raises(TypeError) as raised:
        _smart_pop(kwargs, "path", posvalue="pos", method="put")
    assert str(raised.value) == "put() got multiple values for argument 'path'"
    assert kwargs == {"path": "kw", "other": 1}


@pytest.mark.parametrize(
    "options, method, replacement",
    [({}, "write", "write_data"), ({"method": "put", "replacement_method": "put_data"}, "put", "put_data")],
)
def test_member_given_as_keyword_is_popped_with_a_deprecation_warning(options, method, replacement):
    kwargs = {"wrap_ttl": "1h", "other": 1}
    with pytest.warns(DeprecationWarning) as caught:
        assert _smart_pop(kwargs, "wrap_ttl", None, **options) == "1h"
    assert [str(w.message) for w in caught] == [MESSAGE.format(method=method, member="wrap_ttl", replacement=replacement)]
    assert kwargs == {"other": 1}


def test_the_warning_points_at_the_callers_caller():
    def write(**kwargs):
        return _smart_pop(kwargs, "path")

    with pytest.warns(DeprecationWarning) as caught:
        write(path="p")  # this line is where the warning must point
    assert caught[0].filename == __file__
    assert caught[0].lineno == test_the_warning_points_at_the_callers_caller.__code__.co_firstlineno + 5
