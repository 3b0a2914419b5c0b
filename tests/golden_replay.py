"""Replay of the recorded reference traffic (tests/golden/*.jsonl) against this package.

Each case builds a fresh Client, answers every request from a requests-mock fake server,
and observes what the package sends and returns; :func:`difference` compares that with
the recording. The test module and tools both use this.
"""
import importlib
import json
import warnings
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

import requests
import requests_mock

import hvac

GOLDEN_DIR = Path(__file__).parent / "golden"
_REQUESTS_DEFAULT_HEADERS = {k.lower(): v for k, v in requests.utils.default_headers().items()}


def load_cases() -> Iterator[Tuple[str, Dict[str, Any]]]:
    """Yield ``(source file stem, case)`` for every recorded case."""
    for path in sorted(GOLDEN_DIR.glob("*.jsonl")):
        with open(path) as cases:
            for line in cases:
                if line.strip():
                    yield path.stem, json.loads(line)


def decode(value: Any) -> Any:
    """Turn the corpus's ``{"$bytes": …}`` / ``{"$tuple": […]}`` markers back into Python values."""
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return value["$bytes"].encode()
        if set(value) == {"$tuple"}:
            return tuple(decode(v) for v in value["$tuple"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def _import_dotted(name: str) -> Any:
    module, _, attr = name.rpartition(".")
    return getattr(importlib.import_module(module), attr)


def _target(client: hvac.Client, dotted: str) -> Any:
    parts = dotted.split(".")
    if parts[0] == "client":
        obj: Any = client
        for part in parts[1:]:
            obj = getattr(obj, part)
        return obj
    for split in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for part in parts[split:]:
            obj = getattr(obj, part)
        return obj
    raise ImportError(dotted)


def _as_json(value: Any) -> Any:
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError):
        return None


def describe_result(value: Any) -> Dict[str, Any]:
    """Describe a return value the way the corpus records it."""
    if value is None:
        return {"kind": "none"}
    if isinstance(value, requests.Response):
        return {"kind": "response", "value": value.status_code}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    for kind, kind_type in (("dict", dict), ("str", str), ("list", list), ("int", int), ("float", float)):
        if isinstance(value, kind_type):
            as_json = _as_json(value)
            if as_json is not None or value == []:
                return {"kind": kind, "value": as_json}
            return {"kind": kind, "type": type(value).__name__}
    if isinstance(value, tuple):
        return {"kind": "other", "type": "tuple", "value": _as_json(list(value))}
    if isinstance(value, (requests.PreparedRequest, requests.Request)):
        body = value.body if isinstance(value, requests.PreparedRequest) else value.data
        if isinstance(body, bytes):
            body = body.decode(errors="replace")
        return {
            "kind": "other",
            "type": type(value).__name__,
            "value": {"method": value.method, "url": value.url, "headers": _as_json(dict(value.headers)), "body": _as_json(body)},
        }
    return {"kind": "other", "type": type(value).__name__}


def describe_request(sent: Any) -> Dict[str, Any]:
    """Describe one request the fake server received."""
    body = sent.body
    if isinstance(body, bytes):
        try:
            body = body.decode()
        except UnicodeDecodeError:
            body = repr(body)
    as_json = data = None
    if body not in (None, ""):
        try:
            as_json = json.loads(body)
        except ValueError:
            data = body
    headers = {}
    for name, value in sent.headers.items():
        if name.lower() == "content-length" or _REQUESTS_DEFAULT_HEADERS.get(name.lower()) == value:
            continue
        headers[name.lower()] = value if isinstance(value, str) else value.decode()
    parts = urlsplit(sent.url)
    return {
        "method": sent.method,
        "path": parts.path,
        "query": parse_qs(parts.query, keep_blank_values=True),
        "json": as_json,
        "data": data,
        "headers": headers,
    }


def _mock_kwargs(answer: Dict[str, Any]) -> Dict[str, Any]:
    text = json.dumps(answer["json"], sort_keys=True) if answer.get("json") is not None else answer.get("text", "")
    return {"status_code": answer.get("status", 200), "headers": dict(answer.get("headers") or {}), "text": text}


def run_case(case: Dict[str, Any]) -> Dict[str, Any]:
    """Execute one case against the package; return the observation in the corpus's shape."""
    observed: Dict[str, Any] = {}
    steps = [case] + list(case.get("then", []))
    outcomes: List[Dict[str, Any]] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with requests_mock.Mocker() as mocker:
            answer = case.get("response") or {"status": 204}
            if isinstance(answer, list):
                mocker.register_uri(requests_mock.ANY, requests_mock.ANY, [_mock_kwargs(a) for a in answer])
            else:
                mocker.register_uri(requests_mock.ANY, requests_mock.ANY, **_mock_kwargs(answer))
            try:
                client_kwargs = decode(dict(case.get("client_kwargs") or {}))
                if isinstance(client_kwargs.get("adapter"), str):
                    client_kwargs["adapter"] = _import_dotted(client_kwargs["adapter"])
                client = hvac.Client(**client_kwargs)
                for step in steps:
                    try:
                        target = _target(client, step["target"])
                        if step.get("access") != "attribute":
                            target = target(*decode(step.get("args", [])), **decode(step.get("kwargs", {})))
                        outcomes.append({"result": describe_result(target)})
                    except Exception as error:  # noqa: BLE001 - the exception is the observation
                        outcomes.append({"raises": type(error).__name__})
                        break
            except Exception as error:  # noqa: BLE001 - building the client failed
                outcomes = [{"raises": type(error).__name__}]
            observed["requests"] = [describe_request(r) for r in mocker.request_history]
    observed.update(outcomes[0])
    if len(outcomes) > 1 or case.get("then"):
        observed["then_results"] = outcomes[1:]
    observed["warnings"] = [
        w.category.__name__
        for w in caught
        if not issubclass(w.category, (ResourceWarning, ImportWarning)) and "utcnow" not in str(w.message)
    ]
    return observed


def expected_of(case: Dict[str, Any]) -> Dict[str, Any]:
    """The parts of a recorded case that must be reproduced."""
    expected: Dict[str, Any] = {
        "requests": [
            {
                "method": r["method"],
                "path": r["path"],
                "query": r["query"],
                "json": r["json"],
                "data": r["data"],
                "headers": {k.lower(): v for k, v in (r.get("headers") or {}).items()},
            }
            for r in case.get("requests", [])
        ],
        "warnings": [w["category"] for w in case.get("warnings", [])],
    }
    if "raises" in case:
        expected["raises"] = case["raises"]
    else:
        expected["result"] = case.get("result")
    if case.get("then_results") or case.get("then"):
        expected["then_results"] = [
            {"raises": t["raises"]} if "raises" in t else {"result": t["result"]} for t in case.get("then_results", [])
        ]
    return expected


def _forget(tree: Any, dotted_path: str) -> None:
    *parents, last = dotted_path.split(".")
    for part in parents:
        if isinstance(tree, list):
            tree = tree[int(part)] if part.isdigit() and int(part) < len(tree) else None
        elif isinstance(tree, dict):
            tree = tree.get(part)
        if tree is None:
            return
    if isinstance(tree, dict):
        for key in [k for k in tree if k.lower() == last.lower()]:
            del tree[key]


def difference(case: Dict[str, Any], observed: Dict[str, Any]) -> Optional[str]:
    """Describe the first difference between the recording and the observation, or ``None``."""
    expected = expected_of(case)
    got = {k: observed.get(k) for k in expected}
    for path in case.get("nondeterministic", []):
        _forget(expected, path)
        _forget(got, path)
    for key in expected:
        if expected[key] != got[key]:
            return f"{key}: expected {json.dumps(expected[key], default=str)[:400]} got {json.dumps(got[key], default=str)[:400]}"
    return None
