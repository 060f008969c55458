"""Certificates for the mail test servers: a throwaway CA the clients trust, an unrelated CA, and
server certificates (valid, expired, for another name) signed by it. EC keys: RSA generation is
slow. See tests/mail_servers.py for how the servers use them."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOST = "127.0.0.1"
EXPIRED_HOST = "127.0.0.2"
WRONG_NAME_HOST = "127.0.0.3"


class TestCA:
    """A throwaway certificate authority; EC keys because RSA generation is slow."""

    __test__ = False  # not a pytest class

    def __init__(self, name: str = "Consulta Test CA") -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = dt.datetime.now(dt.UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()),
                           critical=False)
            .sign(self.key, hashes.SHA256())
        )

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def issue(self, dns: list[str], ips: list[str], *, expired: bool = False) -> tuple[bytes, bytes]:
        """(certificate PEM, key PEM) for a server."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        start, end = ((now - dt.timedelta(days=60), now - dt.timedelta(days=30)) if expired
                      else (now - dt.timedelta(days=1), now + dt.timedelta(days=30)))
        names = [x509.DNSName(d) for d in dns] + [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, (dns or ips)[0])]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                           critical=False)
            .sign(self.key, hashes.SHA256())
        )
        key_pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.TraditionalOpenSSL,
                                    serialization.NoEncryption())
        return cert.public_bytes(serialization.Encoding.PEM), key_pem


@dataclass
class Certificates:
    """Files for one test run: the CA the client trusts, an unrelated CA, and server pairs."""

    folder: Path
    ca_file: Path = field(init=False)
    other_ca_file: Path = field(init=False)

    def __post_init__(self) -> None:
        ca = TestCA()
        self.ca_file = self.folder / "ca.pem"
        self.ca_file.write_bytes(ca.pem())
        self.other_ca_file = self.folder / "other-ca.pem"
        self.other_ca_file.write_bytes(TestCA("Somebody Else's CA").pem())
        for name, dns, ips, expired in (
            ("server", ["localhost"], [HOST], False),
            ("expired", ["localhost"], [EXPIRED_HOST], True),
            ("wrongname", ["other.example"], [], False),
        ):
            cert, key = ca.issue(dns, ips, expired=expired)
            (self.folder / f"{name}.crt").write_bytes(cert)
            (self.folder / f"{name}.key").write_bytes(key)
            os.chmod(self.folder / f"{name}.key", 0o644)  # read by the unprivileged server

    def server_context(self, name: str = "server") -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.folder / f"{name}.crt", self.folder / f"{name}.key")
        return ctx

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))
