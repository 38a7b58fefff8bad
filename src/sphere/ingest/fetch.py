"""Fetching a URL safely: bounded time, size and redirects, checked content types, and no requests to
loopback, private, link-local or cloud-metadata addresses unless the user allows them.

The host name is resolved once per hop and the connection goes to the address that was checked (the
`Host` header and TLS SNI keep the name), so a DNS answer cannot switch to a private address between the
check and the request. Redirects are followed by hand, each hop checked again.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

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
    """
    allow = settings.get("allow_private") == "1" if allow_private is None else allow_private
    timeout = timeout if timeout is not None else float(settings.get("fetch_timeout") or 20)
    max_bytes = max_bytes if max_bytes is not None else int(settings.get("max_input_bytes") or 20_000_000)
    hops = max_redirects if max_redirects is not None else int(settings.get("fetch_max_redirects") or 5)
    deadline = time.monotonic() + 3 * timeout  # the whole fetch, however slowly a server drips its bytes
    current, redirects = url, list[str]()
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        verify=True,
        headers={"User-Agent": USER_AGENT, "Accept": ", ".join(accept)},
    ) as client:
        while True:
            target, host_headers, extensions = _pinned_request(
                current, allow_private=allow, allowed=allowed_addresses
            )
            request = client.build_request(
                "GET", target, headers={**(headers or {}), **host_headers}, extensions=extensions
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise FetchError(
                    f"{current} did not answer within {timeout:g} s", source=url, code="timeout"
                ) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {current}: {exc}", source=url, code="http_error") from None
            try:
                if response.is_redirect and response.status_code != 304:  # 304: a conditional GET's answer
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(
                            f"{current} redirects without a Location", source=url, code="http_error"
                        )
                    if len(redirects) >= hops:
                        raise FetchError(f"more than {hops} redirects", source=url, code="too_many_redirects")
                    current = urljoin(current, location)
                    redirects.append(current)
                    continue
                if response.status_code >= 400:
                    raise FetchError(
                        f"{current} answered HTTP {response.status_code}", source=url, code="http_status"
                    )
                ctype = (response.headers.get("content-type") or "").split(";")[0].strip().lower() or None
                if ctype and not ctype.startswith(accept):
                    raise FetchError(
                        f"{current} is {ctype}, not a page or feed Sphere can read",
                        source=url,
                        code="bad_content_type",
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
                        if time.monotonic() > deadline:
                            raise FetchError(
                                f"{current} sent too slowly (over {3 * timeout:g} s in all)",
                                source=url,
                                code="timeout",
                            )
                        if len(body) > max_bytes:
                            raise FetchError(
                                f"{current} is over the {max_bytes:,} byte limit",
                                source=url,
                                code="too_large",
                            )
                except httpx.TimeoutException:
                    raise FetchError(
                        f"{current} stopped sending within {timeout:g} s", source=url, code="timeout"
                    ) from None
                except httpx.DecodingError as exc:
                    raise FetchError(
                        f"{current} sent a body that cannot be decompressed: {exc}",
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
                    headers={k.lower(): v for k, v in response.headers.items()},
                )
            finally:
                response.close()
