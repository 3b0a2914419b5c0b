"""RetryPolicy.from_setting reads a urllib3 Retry as urllib3 means it (issue 28)."""
import pytest
import requests
from urllib3.util import Retry

from hvac.retry import IDEMPOTENT_METHODS, RetryPolicy

REFUSED = requests.exceptions.ConnectionError("Failed to establish a new connection: [Errno 111] Connection refused")
RESET = requests.exceptions.ConnectionError("Connection aborted.")


def retries_allowed(policy: RetryPolicy, method: str, error: BaseException = None, status: int = None) -> int:
    """How many retries in a row one request gets for the same failure (capped at 50)."""
    budget = policy.budget()
    count = 0
    while count < 50 and budget.wait_before_retry(method, error=error, status=status) is not None:
        count += 1
    return count


def test_total_none_leaves_the_per_kind_counts_in_charge():
    policy = RetryPolicy.from_setting(Retry(total=None, connect=5, backoff_factor=0))
    assert policy.total is None and policy.connect == 5
    assert retries_allowed(policy, "GET", error=REFUSED) == 5


def test_per_kind_counts_are_each_bounded_by_the_total():
    policy = RetryPolicy.from_setting(Retry(total=4, connect=1, read=2, status=3, backoff_factor=0))
    assert (policy.total, policy.connect, policy.read, policy.status) == (4, 1, 2, 3)
    assert retries_allowed(policy, "GET", error=REFUSED) == 1
    assert retries_allowed(policy, "GET", error=RESET) == 2
    assert retries_allowed(policy, "GET", status=503) == 3
    budget = policy.budget()
    kinds = [dict(error=REFUSED), dict(error=RESET), dict(error=RESET), dict(status=503), dict(status=503)]
    assert [budget.wait_before_retry("GET", **kind) is not None for kind in kinds] == [True, True, True, True, False]


def test_false_and_zero_turn_a_kind_off():
    policy = RetryPolicy.from_setting(Retry(total=3, connect=False, read=0, backoff_factor=0))
    assert retries_allowed(policy, "GET", error=REFUSED) == 0
    assert retries_allowed(policy, "GET", error=RESET) == 0
    assert retries_allowed(policy, "GET", status=502) == 3
    assert RetryPolicy.from_setting(Retry(total=False)).total == 0


def test_urllib3_default_methods_do_not_override_the_documented_write_rule():
    policy = RetryPolicy.from_setting(Retry(total=3, backoff_factor=0))
    assert policy.idempotent_methods == IDEMPOTENT_METHODS
    assert retries_allowed(policy, "PUT", status=500) == 0 and retries_allowed(policy, "PUT", error=RESET) == 0
    assert retries_allowed(policy, "LIST", status=500) == 3
    assert retries_allowed(policy, "PUT", status=503) == 3  # not applied: may be resent


@pytest.mark.parametrize(
    "allowed, expected",
    [(["GET", "put"], frozenset({"GET", "PUT"})), (Retry.DEFAULT_ALLOWED_METHODS | {"POST"}, Retry.DEFAULT_ALLOWED_METHODS | {"POST"})],
)
def test_allowed_methods_set_explicitly_are_honoured(allowed, expected):
    policy = RetryPolicy.from_setting(Retry(total=3, allowed_methods=allowed, backoff_factor=0))
    assert policy.idempotent_methods == expected
    assert retries_allowed(policy, "PUT", status=500) == 3


def test_allowed_methods_none_means_every_verb_as_in_urllib3():
    policy = RetryPolicy.from_setting(Retry(total=2, allowed_methods=None, backoff_factor=0))
    assert retries_allowed(policy, "POST", status=500) == 2 and retries_allowed(policy, "PATCH", error=RESET) == 2
