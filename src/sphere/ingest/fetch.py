"""Fetching a URL safely: bounded time, size and redirects, checked content types, and no requests to
loopback, private, link-local or cloud-metadata addresses unless the user allows them.

The host name is resolved once per hop and the connection goes to the address that was checked (the
`Host` header and TLS SNI keep the name), so a DNS answer cannot switch to a private address between the
check and the request. Redirects are followed by hand, each hop checked again.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from sphere import settings
from sphere.read.errors import ReadError

ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
)
USER_AGENT = "Sphere/0.1 (+https://github.com/sphere-observatory/sphere; research crawler)"


class FetchError(ReadError):
    """A URL could not be fetched, or was refused by the safety rules."""

    code = "fetch_error"
    exit_code = 11

    def __init__(self, message: str, *, source: str | None = None, code: str | None = None) -> None:
        """Create the error; `code` names the rule that refused the fetch (e.g. 'blocked_address')."""
        super().__init__(message, source=source)
        if code:
            self.code = code


@dataclass
class FetchedPage:
    """The body of a fetched URL and what the server said about it."""

    url: str  # the final URL, after redirects
    requested: str
    status: int
    content_type: str | None
    body: bytes
    redirects: list[str] = field(default_factory=list)
    header_content_type: str | None = None  # the whole Content-Type header, charset included
    headers: dict[str, str] = field(default_factory=dict)  # the final response's headers (lower-case names)


def is_blocked_address(ip: str) -> bool:
    """Return True for loopback, private, link-local, multicast, reserved and unspecified addresses."""
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return bool(
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
        or not addr.is_global
    )


def resolve_checked(
    host: str, port: int, *, allow_private: bool, allowed: frozenset[str] = frozenset()
) -> str:
    """Resolve `host` and return one address that the rules allow; raise FetchError otherwise.

    `allowed` lists private addresses that may be reached even when `allow_private` is off (e.g. one
    intranet server), while every other private address stays blocked.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}", code="dns_error") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"host {host!r} has no address", code="dns_error")
    if not allow_private:
        blocked = [a for a in addresses if is_blocked_address(a) and a not in allowed]
        if blocked:
            raise FetchError(
                f"refusing to fetch {host!r}: it resolves to a private, loopback or link-local address "
                f"({blocked[0]}). Pass --allow-private (SPHERE_ALLOW_PRIVATE=1) if you mean it.",
                code="blocked_address",
            )
    return addresses[0]


def _pinned_request(
    url: str, *, allow_private: bool, allowed: frozenset[str]
) -> tuple[httpx.URL, dict[str, str], dict[str, str]]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"only http and https URLs can be fetched, not {url!r}", code="bad_url")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = resolve_checked(parts.hostname, port, allow_private=allow_private, allowed=allowed)
    host_for_url = f"[{ip}]" if ":" in ip else ip
    netloc = f"{host_for_url}:{port}"
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    host_header = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    return httpx.URL(pinned), {"Host": host_header}, extensions


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits at most until the fetch's overall deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self.inner = inner
        self.deadline = deadline

    def _left(self, timeout: float | None, exc: type[Exception]) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise exc("the overall fetch deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self.inner.start_tls(
            ssl_context, server_hostname, self._left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner, self.deadline)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    """Connections whose connect, TLS, status line, headers, interim responses and body share one deadline."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("the overall fetch deadline passed")
        timeout = left if timeout is None else min(timeout, left)
        inner = super().connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(inner, self.deadline)


def _client(timeout: float, deadline: float, accept: tuple[str, ...]) -> httpx.Client:
    transport = httpx.HTTPTransport(verify=True)
    transport._pool._network_backend = _DeadlineBackend(deadline)  # one deadline for the whole fetch
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT, "Accept": ", ".join(accept), "Accept-Encoding": "gzip, deflate"},
    )


def fetch(
    url: str,
    *,
    allow_private: bool | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    accept: tuple[str, ...] = ACCEPTED_TYPES,
    allowed_addresses: frozenset[str] = frozenset(),
    headers: dict[str, str] | None = None,
) -> FetchedPage:
    """Fetch `url` under Sphere's safety rules and return its body; raise FetchError with a reason otherwise.

    `headers` are sent with every hop (e.g. `If-None-Match` for a conditional GET; a 304 comes back as a
    page with status 304 and an empty body).

    One deadline (3 × `timeout`) covers the whole fetch: every connect, TLS handshake, status line, header,
    interim (1xx) response, redirect hop and body byte. The body is counted after decompression and cut
    at `max_bytes` + 1; a response with stacked or unknown content encodings is refused.
    """
    allow = settings.get("allow_private") == "1" if allow_private is None else allow_private
    timeout = timeout if timeout is not None else (settings.get_float("fetch_timeout") or 20)
    max_bytes = max_bytes if max_bytes is not None else (settings.get_int("max_input_bytes") or 20_000_000)
    hops = max_redirects if max_redirects is not None else (settings.get_int("fetch_max_redirects") or 5)
    total = 3 * timeout
    deadline = time.monotonic() + total  # the whole fetch, however slowly a server drips its bytes
    try:
        with _client(timeout, deadline, accept) as client:
            return _fetch(
                client, url, allow, timeout, total, max_bytes, hops, accept, allowed_addresses, headers or {}
            )
    except FetchError:
        raise
    except httpx.TimeoutException:
        raise FetchError(
            f"{url} did not answer in time (over {total:g} s in all)", source=url, code="timeout"
        ) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError, UnicodeError) as exc:
        raise FetchError(f"cannot fetch {url}: a bad URL ({exc})", source=url, code="bad_url") from None
    except (httpx.HTTPError, httpcore.ProtocolError, OSError) as exc:
        raise FetchError(
            f"cannot fetch {url}: {type(exc).__name__}: {exc}", source=url, code="http_error"
        ) from None


def _fetch(
    client: httpx.Client,
    url: str,
    allow: bool,
    timeout: float,
    total: float,
    max_bytes: int,
    hops: int,
    accept: tuple[str, ...],
    allowed_addresses: frozenset[str],
    extra_headers: dict[str, str],
) -> FetchedPage:
    current, redirects = url, list[str]()
    while True:
        target, headers, extensions = _pinned_request(current, allow_private=allow, allowed=allowed_addresses)
        request = client.build_request(
            "GET", target, headers={**extra_headers, **headers}, extensions=extensions
        )
        try:
            response = client.send(request, stream=True)
        except httpx.TimeoutException:
            raise FetchError(
                f"{current} did not answer in time ({timeout:g} s per step, {total:g} s in all)",
                source=url,
                code="timeout",
            ) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch {current}: {exc}", source=url, code="http_error") from None
        try:
            if response.status_code == 304:  # the answer to a conditional GET: nothing new
                return FetchedPage(
                    url=current,
                    requested=url,
                    status=304,
                    content_type=None,
                    body=b"",
                    redirects=redirects,
                    headers={k.lower(): v for k, v in response.headers.items()},
                )
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{current} redirects without a Location", source=url, code="http_error")
                if len(redirects) >= hops:
                    raise FetchError(f"more than {hops} redirects", source=url, code="too_many_redirects")
                try:
                    current = urljoin(current, location)
                except ValueError as exc:
                    raise FetchError(
                        f"{current} redirects to a bad URL: {exc}", source=url, code="bad_url"
                    ) from None
                redirects.append(current)
                continue
            if response.status_code >= 400:
                raise FetchError(
                    f"{current} answered HTTP {response.status_code}", source=url, code="http_status"
                )
            if not 200 <= response.status_code < 300:
                raise FetchError(
                    f"{current} answered HTTP {response.status_code}, not a page",
                    source=url,
                    code="http_status",
                )
            header = response.headers.get("content-type") or None
            ctype = (header or "").split(";")[0].strip().lower() or None
            if ctype and not ctype.startswith(accept):
                raise FetchError(
                    f"{current} is {ctype}, not a page or feed Sphere can read",
                    source=url,
                    code="bad_content_type",
                )
            encodings = [
                e.strip().lower()
                for e in ",".join(response.headers.get_list("content-encoding")).split(",")
                if e.strip() and e.strip().lower() != "identity"
            ]
            if len(encodings) > 1 or (encodings and encodings[0] not in ("gzip", "x-gzip", "deflate")):
                raise FetchError(
                    f"{current} is sent with content encoding {', '.join(encodings)!r}; Sphere accepts one "
                    "layer of gzip or deflate",
                    source=url,
                    code="bad_encoding",
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"{current} is {int(declared):,} bytes, over the {max_bytes:,} byte limit",
                    source=url,
                    code="too_large",
                )
            body = bytearray()
            try:
                for chunk in response.iter_bytes():  # decoded: the limit also stops compression bombs
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchError(
                            f"{current} is over the {max_bytes:,} byte limit", source=url, code="too_large"
                        )
            except httpx.TimeoutException:
                raise FetchError(
                    f"{current} sent too slowly ({timeout:g} s per step, {total:g} s in all)",
                    source=url,
                    code="timeout",
                ) from None
            except httpx.DecodingError as exc:
                raise FetchError(
                    f"{current} sent a body that cannot be decompressed: {exc}", source=url, code="http_error"
                ) from None
            except httpx.HTTPError as exc:
                raise FetchError(
                    f"{current} broke off the body: {type(exc).__name__}: {exc}",
                    source=url,
                    code="http_error",
                ) from None
            return FetchedPage(
                url=current,
                requested=url,
                status=response.status_code,
                content_type=ctype,
                body=bytes(body),
                redirects=redirects,
                header_content_type=header,
                headers={k.lower(): v for k, v in response.headers.items()},
            )
        finally:
            response.close()
