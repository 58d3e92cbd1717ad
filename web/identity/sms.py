"""Who delivers a one-time login code: a pluggable ``Sender`` chosen by ``JOBFAIR_SMS_PROVIDER``.

Data flow: ``web.identity.codes.request_code`` makes a code and calls ``sender.send(phone,
code)``. ``LogSender`` (the default, used by ``jobfair dev`` and tests) writes the code to the
web log with the phone masked (``domain.identity.mask_phone``); never the whole number.
``AliyunSender`` and ``TencentSender`` call the providers' HTTP APIs (Aliyun SMS ``SendSms``
2017-05-25, RPC signature HMAC-SHA1; Tencent Cloud SMS ``SendSms`` 2021-01-11, TC3-HMAC-SHA256)
with stdlib HTTP in a worker thread; each builds its request in a pure ``request(...)`` method
so the signing is unit-tested here. They cannot be exercised without an account, an approved
signature (签名) and template: they are untested against the real services.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from domain.identity import mask_phone
from jobfair.errors import ConfigError
from jobfair.settings import Settings

log = logging.getLogger("jobfair.sms")
TIMEOUT_S = 10.0


class SmsFailed(Exception):
    """The provider refused or could not be reached; the message names no phone or code."""


class Sender(Protocol):
    async def send(self, phone: str, code: str) -> None: ...


@dataclass(frozen=True)
class HttpRequest:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None = None


class LogSender:
    """Development: the code goes to the log, the phone masked."""

    async def send(self, phone: str, code: str) -> None:
        log.warning(
            "login code for %s: %s (development sender: no SMS sent)", mask_phone(phone), code
        )


def _fetch(req: HttpRequest) -> dict[str, object]:
    http = urllib.request.Request(req.url, data=req.body, headers=req.headers, method=req.method)
    with urllib.request.urlopen(http, timeout=TIMEOUT_S) as answer:
        data: dict[str, object] = json.loads(answer.read().decode("utf-8"))
    return data


def _aliyun_quote(text: str) -> str:
    return urllib.parse.quote(text, safe="~")


@dataclass(frozen=True)
class AliyunSender:
    """Aliyun SMS (阿里云短信服务) ``SendSms``; template parameter ``code``."""

    key_id: str
    key_secret: str
    sign_name: str
    template: str
    endpoint: str = "https://dysmsapi.aliyuncs.com/"

    def request(self, phone: str, code: str, now: datetime, nonce: str) -> HttpRequest:
        params = {
            "AccessKeyId": self.key_id,
            "Action": "SendSms",
            "Format": "JSON",
            "PhoneNumbers": phone,
            "RegionId": "cn-hangzhou",
            "SignName": self.sign_name,
            "SignatureMethod": "HMAC-SHA1",
            "SignatureNonce": nonce,
            "SignatureVersion": "1.0",
            "TemplateCode": self.template,
            "TemplateParam": json.dumps({"code": code}),
            "Timestamp": now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Version": "2017-05-25",
        }
        params["Signature"] = self.signature(params)
        query = "&".join(f"{_aliyun_quote(k)}={_aliyun_quote(v)}" for k, v in params.items())
        return HttpRequest("GET", f"{self.endpoint}?{query}", {})

    def signature(self, params: dict[str, str]) -> str:
        canonical = "&".join(
            f"{_aliyun_quote(k)}={_aliyun_quote(params[k])}" for k in sorted(params)
        )
        to_sign = f"GET&{_aliyun_quote('/')}&{_aliyun_quote(canonical)}"
        mac = hmac.digest(f"{self.key_secret}&".encode(), to_sign.encode(), hashlib.sha1)
        return base64.b64encode(mac).decode("ascii")

    async def send(self, phone: str, code: str) -> None:
        req = self.request(phone, code, datetime.now(UTC), str(uuid.uuid4()))
        answer = await asyncio.to_thread(_fetch, req)
        if answer.get("Code") != "OK":
            raise SmsFailed(f"aliyun SendSms answered {answer.get('Code')}")


@dataclass(frozen=True)
class TencentSender:
    """Tencent Cloud SMS (腾讯云短信) ``SendSms``; the template's one parameter is the code."""

    key_id: str
    key_secret: str
    sign_name: str
    template: str
    app_id: str
    region: str = "ap-guangzhou"
    host: str = "sms.tencentcloudapi.com"

    def request(self, phone: str, code: str, now: datetime) -> HttpRequest:
        body = json.dumps(
            {
                "PhoneNumberSet": [f"+86{phone}"],
                "SmsSdkAppId": self.app_id,
                "SignName": self.sign_name,
                "TemplateId": self.template,
                "TemplateParamSet": [code],
            },
            separators=(",", ":"),
        ).encode()
        timestamp = int(now.timestamp())
        content_type = "application/json; charset=utf-8"
        canonical = "\n".join(
            [
                "POST",
                "/",
                "",
                f"content-type:{content_type}",
                f"host:{self.host}",
                "",
                "content-type;host",
                hashlib.sha256(body).hexdigest(),
            ]
        )
        date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
        scope = f"{date}/sms/tc3_request"
        to_sign = "\n".join(
            [
                "TC3-HMAC-SHA256",
                str(timestamp),
                scope,
                hashlib.sha256(canonical.encode()).hexdigest(),
            ]
        )
        key = hmac.digest(f"TC3{self.key_secret}".encode(), date.encode(), hashlib.sha256)
        key = hmac.digest(key, b"sms", hashlib.sha256)
        key = hmac.digest(key, b"tc3_request", hashlib.sha256)
        signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        headers = {
            "Authorization": f"TC3-HMAC-SHA256 Credential={self.key_id}/{scope}, "
            f"SignedHeaders=content-type;host, Signature={signature}",
            "Content-Type": content_type,
            "Host": self.host,
            "X-TC-Action": "SendSms",
            "X-TC-Version": "2021-01-11",
            "X-TC-Timestamp": str(timestamp),
            "X-TC-Region": self.region,
        }
        return HttpRequest("POST", f"https://{self.host}/", headers, body)

    async def send(self, phone: str, code: str) -> None:
        answer = await asyncio.to_thread(_fetch, self.request(phone, code, datetime.now(UTC)))
        response = answer.get("Response")
        statuses = response.get("SendStatusSet") if isinstance(response, dict) else None
        ok = (
            isinstance(statuses, list)
            and statuses
            and all(isinstance(s, dict) and s.get("Code") == "Ok" for s in statuses)
        )
        if not ok:
            raise SmsFailed("tencent SendSms did not answer Ok")


def sender_for(settings: Settings) -> Sender:
    """The sender ``JOBFAIR_SMS_PROVIDER`` names; a provider without its settings is an error
    at start, not at the first code."""
    if settings.sms_provider == "log":
        return LogSender()
    needed = {
        "JOBFAIR_SMS_KEY_ID": settings.sms_key_id,
        "JOBFAIR_SMS_KEY_SECRET": settings.sms_key_secret,
        "JOBFAIR_SMS_SIGN_NAME": settings.sms_sign_name,
        "JOBFAIR_SMS_TEMPLATE": settings.sms_template,
    }
    if settings.sms_provider == "tencent":
        needed["JOBFAIR_SMS_APP_ID"] = settings.sms_app_id
    missing = [name for name, value in needed.items() if not value]
    if missing:
        raise ConfigError(f"JOBFAIR_SMS_PROVIDER={settings.sms_provider} needs {missing[0]}")
    key_id, key_secret = str(settings.sms_key_id), str(settings.sms_key_secret)
    sign, template = str(settings.sms_sign_name), str(settings.sms_template)
    if settings.sms_provider == "aliyun":
        return AliyunSender(key_id, key_secret, sign, template)
    return TencentSender(
        key_id, key_secret, sign, template, str(settings.sms_app_id), settings.sms_region
    )
