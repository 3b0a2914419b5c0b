"""The public surface matches the reference's (tests/golden/api-modern.json, hvac 2.4):
modules, __all__, constants, functions, classes, their MRO, members and signatures."""
import importlib
import inspect
import json
import re
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest

SPEC = json.loads((Path(__file__).parents[1] / "golden" / "api-modern.json").read_text())


def _unannotated(signature: inspect.Signature) -> str:
    return str(
        signature.replace(
            parameters=[p.replace(annotation=inspect.Parameter.empty) for p in signature.parameters.values()],
            return_annotation=inspect.Signature.empty,
        )
    )


def _names_in(recorded: str) -> List[str]:
    """Parameter names of a recorded signature string (annotations and defaults dropped)."""
    inner = recorded.strip()[1:-1]
    names = []
    for part in re.split(r",\s*(?![^\[\]]*\])", inner):
        part = part.strip()
        if part and part != "*":
            names.append(re.split(r"[:=]", part)[0].strip().lstrip("*"))
    return names


def _keyword_only_additions(signature: inspect.Signature, recorded: str) -> Set[str]:
    """Keyword-only parameters with a default that the reference's signature lacks: fields added
    to an endpoint method beyond the reference (issue 29), which no call written for the
    reference can fill or must give."""
    known = set(_names_in(recorded))
    return {
        n for n, p in signature.parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is not p.empty and n not in known
    }


def _members() -> List[Tuple[str, str, str, Dict[str, Any]]]:
    found = []
    for module_name, module in SPEC["modules"].items():
        for class_name, cls in module.get("classes", {}).items():
            for member, info in cls.get("members", {}).items():
                found.append((module_name, class_name, member, info))
    return found


@pytest.mark.parametrize("module_name", sorted(SPEC["modules"]))
def test_module_names_constants_and_functions(module_name: str) -> None:
    recorded = SPEC["modules"][module_name]
    module = importlib.import_module(module_name)
    if recorded.get("all"):
        assert sorted(module.__all__) == sorted(recorded["all"])
    for name, value in recorded.get("constants", {}).items():
        actual = getattr(module, name)
        if isinstance(actual, (str, int, float, list, dict, bool, type(None))):
            assert json.loads(json.dumps(actual)) == value, name
    for name, function in recorded.get("functions", {}).items():
        assert _unannotated(inspect.signature(getattr(module, name))) == function["signature"], name
    for name, cls in recorded.get("classes", {}).items():
        actual_mro = [f"{k.__module__}.{k.__qualname__}" for k in getattr(module, name).__mro__]
        # client.sys mixes in categories beyond the reference, Client takes the 0.x flat methods
        # from a base of their own (so help() lists them last), and a class split into a package
        # at its module's path is assembled from that package's parts: nothing else is added.
        extras = [k for k in actual_mro if k not in cls["mro"]]
        assert [k for k in actual_mro if k in cls["mro"]] == cls["mro"], name
        allowed = {"SystemBackend": "hvac.api.system_backend.", "Client": "hvac.v1._DeprecatedFlatMethods"}
        own_parts = f"{module_name}._" if hasattr(module, "__path__") else None
        assert all(
            (name in allowed and k.startswith(allowed[name])) or (own_parts and k.startswith(own_parts)) for k in extras
        ), (name, extras)


@pytest.mark.parametrize(
    "module_name, class_name, member, info",
    [pytest.param(*m, id=f"{m[0]}.{m[1]}.{m[2]}") for m in _members()],
)
def test_class_members_and_signatures(module_name: str, class_name: str, member: str, info: Dict[str, Any]) -> None:
    cls = getattr(importlib.import_module(module_name), class_name)
    assert hasattr(cls, member)
    if "signature" not in info:
        return
    recorded = info["signature"]
    if info["kind"] == "classmethod":
        recorded = recorded.replace("(cls, ", "(").replace("(cls)", "()")
    signature = inspect.signature(getattr(cls, member))
    added = _keyword_only_additions(signature, recorded)
    if added:
        signature = signature.replace(parameters=[p for n, p in signature.parameters.items() if n not in added])
    if ": " in recorded:  # annotated in the reference: compare names, order and kinds
        assert list(signature.parameters)[: len(_names_in(recorded))] == _names_in(recorded)
    else:
        assert _unannotated(signature) == recorded


def test_category_registries_match() -> None:
    import hvac

    client = hvac.Client(url="https://vault.test:8200")
    for category_name, category in SPEC["categories"].items():
        if not isinstance(category, dict) or "by_name" not in category:
            continue
        registry = getattr(client, category_name)
        for attribute, entry in category["by_name"].items():
            resolved = getattr(registry, attribute)
            expected = entry["attribute_resolves_to"]
            if inspect.ismethod(resolved):  # client.sys.seal is the Seal.seal method, as recorded
                assert expected.startswith("method ") or expected == f"{type(resolved.__self__).__module__}"
            else:
                assert f"{type(resolved).__module__}.{type(resolved).__qualname__}" == expected
