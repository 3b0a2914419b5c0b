"""A client given every node of a cluster (``nodes=``), against fake nodes on real sockets
(127.0.0.1), through the default adapter and the lean one: they must behave the same."""
import json
import socket
from contextlib import ExitStack
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest
import requests

import hvac
from hvac import adapters, exceptions
from tests.fakeserver import FakeServer, Received

TOKEN = "hvs.CAESIJ0123456789abcdefghijklmn"
Reply = Dict[str, Any]


@pytest.fixture(params=[adapters.JSONAdapter, adapters.Urllib3Adapter], ids=["default", "lean"])
def adapter(request: pytest.FixtureRequest) -> Any:
    return request.param


class Nodes:
    """Three fake nodes; ``active`` answers ``sys/leader`` as the active node, the others name it,
    and ``replies`` overrides what a node answers to the other requests."""

    def __init__(self, servers: List[FakeServer]) -> None:
        self.servers = servers
        self.urls = [server.url for server in servers]
        self.active: Optional[int] = 1
        self.replies: Dict[int, Callable[[Received], Reply]] = {}
        for number, server in enumerate(servers):
            server.script = self._script(number)

    def _script(self, number: int) -> Callable[[Received], Reply]:
        def answer(request: Received) -> Reply:
            if request.path == "/v1/sys/leader":
                leader = self.urls[self.active] if self.active is not None else ""
                return {"json": {"is_self": number == self.active, "leader_address": leader}}
            if number in self.replies:
                return self.replies[number](request)
            return {"json": {"data": {"node": number}}}

        return answer

    def received(self, number: int, method: Optional[str] = None) -> List[Received]:
        return [r for r in self.servers[number].received if r.path != "/v1/sys/leader" and (method is None or r.method == method)]


@pytest.fixture
def nodes() -> Iterator[Nodes]:
    with ExitStack() as stack:
        yield Nodes([stack.enter_context(FakeServer([{}])) for _ in range(3)])


def closed_port_url() -> str:
    """The address of a loopback port nobody listens on: connections are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def cluster_client(urls: List[str], adapter: Any, **kwargs: Any) -> hvac.Client:
    return hvac.Client(nodes=urls, token=TOKEN, adapter=adapter, timeout=5, **kwargs)


def test_writes_go_to_the_active_node_and_reads_take_turns_over_every_node(adapter, nodes):
    client = cluster_client(nodes.urls, adapter, read_from="any")
    for number in range(3):
        client.write_data("secret/data/app", data={"n": number})
    answered = [client.read("secret/data/app")["data"]["node"] for _ in range(6)]
    assert [len(nodes.received(n, "POST")) for n in range(3)] == [0, 3, 0]
    assert sorted(answered) == [0, 0, 1, 1, 2, 2]
    for request in nodes.received(1, "POST"):
        assert request.header("X-Vault-Token") == TOKEN
    assert all(r.header("X-Vault-Token") is None for s in nodes.servers for r in s.received if r.path == "/v1/sys/leader")


def test_a_write_whose_connection_broke_raises_outcome_unknown_and_is_not_resent(adapter, nodes):
    nodes.replies[1] = lambda request: {"drop": True}
    client = cluster_client(nodes.urls, adapter)
    with pytest.raises(exceptions.WriteOutcomeUnknown) as raised:
        client.write_data("secret/data/app", data={"n": 1})
    assert isinstance(raised.value, requests.exceptions.ConnectionError)  # what existing except clauses catch
    assert "may have been applied" in str(raised.value)
    assert [len(nodes.received(n, "POST")) for n in range(3)] == [0, 1, 0]


def test_a_read_whose_connection_broke_is_answered_by_another_node(adapter, nodes):
    nodes.replies[1] = lambda request: {"drop": True}
    client = cluster_client(nodes.urls, adapter)
    assert client.read("secret/data/app")["data"]["node"] in (0, 2)


def test_a_node_refusing_connections_is_skipped_and_the_write_goes_to_the_active_node(adapter, nodes):
    urls = [closed_port_url(), nodes.urls[1], nodes.urls[2]]
    client = cluster_client(urls, adapter, read_from="any")
    client.write_data("secret/data/app", data={})
    answered = {client.read("secret/data/app")["data"]["node"] for _ in range(4)}
    assert answered == {1, 2} and len(nodes.received(1, "POST")) == 1
    assert client.adapter.cluster.status()["failures"][urls[0]] == 1


def test_a_standby_redirecting_to_another_node_has_the_write_sent_there_with_its_body(adapter, nodes):
    nodes.active = None  # nobody knows the active node: the first node gets the write
    nodes.replies[0] = lambda request: {"status": 307, "headers": {"Location": f"{nodes.urls[2]}/v1/secret/data/app"}}
    client = cluster_client(nodes.urls, adapter)
    assert client.write_data("secret/data/app", data={"n": 7}) == {"data": {"node": 2}}
    (forwarded,) = nodes.received(2, "POST")
    assert json.loads(forwarded.body) == {"n": 7} and forwarded.header("X-Vault-Token") == TOKEN
    assert client.adapter.cluster.active == nodes.urls[2]


def test_the_token_never_goes_to_an_address_that_is_not_a_node(adapter, nodes):
    with FakeServer([{"json": {"data": {"node": "elsewhere"}}}]) as elsewhere:
        nodes.replies[1] = lambda request: {"status": 307, "headers": {"Location": f"{elsewhere.url}{request.path}"}}
        client = cluster_client(nodes.urls, adapter)
        with pytest.raises(exceptions.UntrustedRedirect):
            client.write_data("secret/data/app", data={"password": "s3cret"})
        client.read("secret/data/app")
        assert [r.method for r in elsewhere.received] == ["GET"]
        assert elsewhere.received[0].header("X-Vault-Token") is None


def test_a_standby_without_an_active_node_has_the_write_wait_for_one(adapter, nodes):
    standby_answers = iter([{"status": 500, "json": {"errors": ["local node not active but active cluster node not found"]}}] * 3)
    nodes.active = None
    nodes.replies[0] = nodes.replies[1] = nodes.replies[2] = lambda request: next(standby_answers, {"json": {"data": {"ok": 1}}})
    client = cluster_client(nodes.urls, adapter)
    assert client.write_data("secret/data/app", data={}) == {"data": {"ok": 1}}


def test_hooks_see_every_exchange_with_the_node_it_went_to(adapter, nodes):
    seen: List[str] = []
    urls = [closed_port_url(), nodes.urls[1], nodes.urls[2]]
    client = cluster_client(urls, adapter, read_from="any", hooks={"request": [lambda record: seen.append(record.url)]})
    for _ in range(3):
        client.read("secret/data/app")
    assert seen and all(url.endswith("/v1/secret/data/app") for url in seen)
    assert {url.rsplit("/v1/", 1)[0] for url in seen} >= {nodes.urls[1], nodes.urls[2]}


def test_the_state_of_writes_is_sent_with_the_reads_that_are_spread(adapter, nodes):
    nodes.replies[1] = lambda request: {"json": {"data": {}}, "headers": {"X-Vault-Index": "aW5kZXg="}}
    client = cluster_client(nodes.urls, adapter, read_from="any")
    client.write_data("secret/data/app", data={})
    for _ in range(3):
        client.read("secret/data/app")
    reads = [r for n in (0, 2) for r in nodes.received(n, "GET")]
    assert reads and all(r.header("X-Vault-Index") == "aW5kZXg=" for r in reads)
    assert all(r.header("X-Vault-Inconsistent") == "forward-active-node" for r in reads)
    assert client.consistency_state() == "aW5kZXg="


def test_a_client_of_one_address_never_asks_for_the_active_node(adapter, nodes):
    client = hvac.Client(url=nodes.urls[0], token=TOKEN, adapter=adapter)
    client.write_data("secret/data/app", data={})
    client.read("secret/data/app")
    assert [r.path for r in nodes.servers[0].received] == ["/v1/secret/data/app"] * 2
    assert client.adapter.cluster is None


# --- configuration -----------------------------------------------------------------------------

A, B = "http://127.0.0.1:8200", "http://127.0.0.1:8210"


def test_url_is_the_first_node_unless_given_and_must_be_one_of_them(monkeypatch):
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:9999")
    assert hvac.Client(nodes=[A, B]).url == A
    assert hvac.Client(url=B, nodes=[A, B]).url == B
    with pytest.raises(ValueError, match="not one of nodes"):
        hvac.Client(url="http://127.0.0.1:9999", nodes=[A, B])


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"nodes": A}, "list of node addresses"),
        ({"read_from": "any"}, "read_from applies to a client given"),
        ({"nodes": [A, B], "read_from": "nearest"}, 'read_from must be "active" or "any"'),
    ],
)
def test_a_bad_cluster_setting_is_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        hvac.Client(**kwargs)


def test_an_adapter_made_from_another_or_with_another_token_knows_the_same_nodes():
    client = hvac.Client(nodes=[A, B], read_from="any", token=TOKEN, adapter=adapters.Urllib3Adapter)
    raw = adapters.RawAdapter.from_adapter(client.adapter)
    assert raw.cluster is not None and [n.url for n in raw.cluster.nodes] == [A, B] and raw.cluster.read_from == "any"
    sibling = client.adapter.with_token("other")
    assert sibling.cluster is client.adapter.cluster and sibling.consistency is client.adapter.consistency


def test_a_redirect_within_a_node_is_followed_as_before(adapter, nodes):
    nodes.replies[1] = lambda request: (
        {"status": 301, "headers": {"Location": f"{nodes.urls[1]}/v1/moved"}} if request.path != "/v1/moved" else {"json": {"data": {"moved": True}}}
    )
    client = cluster_client(nodes.urls, adapter)
    assert client.read("secret/data/app") == {"data": {"moved": True}}
