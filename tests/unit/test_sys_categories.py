"""client.sys mixes every system-backend category into one object, so a public name may be
defined by one category only (``read_cors_config``, not a second ``read_config``), and every
category stays reachable by its lower-cased name (``client.sys.rotation``)."""
import collections
import inspect

import hvac
from hvac.api.system_backend import SystemBackend


def test_public_names_are_unique_across_categories():
    owners = collections.defaultdict(list)
    for category in SystemBackend.implemented_classes:
        for name, member in vars(category).items():
            if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property)):
                owners[name].append(category.__name__)
    assert {name: found for name, found in owners.items() if len(found) > 1} == {}


def test_every_category_is_reachable_by_name():
    client = hvac.Client(url="https://vault.test:8200")
    for category in SystemBackend.implemented_classes:
        reached = getattr(client.sys, category.__name__.lower())
        if not inspect.ismethod(reached):  # client.sys.seal is the Seal.seal method, as in the reference
            assert type(reached) is category
            assert reached.adapter is client.adapter
