"""Issue 13, pure parts: login codes and their digests, masked phones, the SMS adapters' request
signing (Aliyun against the signature example of its documentation), the checkins topic's
retention against the contact retention, and the security headers' policy."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from domain.identity import CODE_DIGITS, code_digest, codes_match, mask_phone, new_login_code
from jobfair.errors import ConfigError
from jobfair.settings import Settings
from streams.topics import CHECKINS, DAY_MS
from web.identity.headers import policy
from web.identity.sms import AliyunSender, LogSender, TencentSender, sender_for

SECRET = b"s" * 32
APPLICANT = "6f1c3c1e-8d59-4f39-a9a4-8a1e0e7f2b10"


def test_codes_are_six_digits_with_leading_zeros() -> None:
    assert new_login_code(lambda n: 42) == "000042"
    assert all(
        len(c) == CODE_DIGITS and c.isdigit() for c in (new_login_code() for _ in range(100))
    )


def test_a_code_matches_only_its_applicant_and_never_junk() -> None:
    stored = code_digest(SECRET, APPLICANT, "012345")
    assert codes_match(SECRET, APPLICANT, " 012345 ", stored)
    other = "7f1c3c1e-8d59-4f39-a9a4-8a1e0e7f2b10"
    for typed, who, secret in (
        ("012346", APPLICANT, SECRET),
        ("012345", other, SECRET),
        ("012345", APPLICANT, b"t" * 32),
        ("０１２３４５", APPLICANT, SECRET),
        ("12345", APPLICANT, SECRET),
        ("", APPLICANT, SECRET),
    ):
        assert not codes_match(secret, who, typed, stored)
    assert b"012345" not in stored


def test_masked_phone_keeps_three_and_four() -> None:
    assert mask_phone("13912345678") == "139****5678"
    assert mask_phone("123") == "***"


def test_development_sender_logs_the_code_and_never_the_phone(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import asyncio

    caplog.set_level("INFO")
    asyncio.run(LogSender().send("13912345678", "654321"))
    text = caplog.text
    assert "654321" in text and "139****5678" in text and "13912345678" not in text


def test_aliyun_signature_matches_the_documented_example() -> None:
    # The example of Aliyun SMS "签名机制" (AccessKeySecret testSecret).
    sender = AliyunSender("testId", "testSecret", "阿里云短信测试专用", "SMS_71390007")
    params = {
        "AccessKeyId": "testId",
        "Action": "SendSms",
        "Format": "XML",
        "OutId": "123",
        "PhoneNumbers": "15300000001",
        "RegionId": "cn-hangzhou",
        "SignName": "阿里云短信测试专用",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
        "SignatureVersion": "1.0",
        "TemplateCode": "SMS_71390007",
        "TemplateParam": '{"customer":"test"}',
        "Timestamp": "2017-07-12T02:42:19Z",
        "Version": "2017-05-25",
    }
    assert sender.signature(params) == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


def test_aliyun_request_carries_code_phone_and_signature() -> None:
    sender = AliyunSender("id", "secret", "招聘会", "SMS_1")
    req = sender.request(
        "13912345678", "123456", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "nonce-1"
    )
    query = {k: v[0] for k, v in parse_qs(urlsplit(req.url).query).items()}
    assert req.method == "GET" and req.url.startswith("https://dysmsapi.aliyuncs.com/?")
    assert json.loads(query["TemplateParam"]) == {"code": "123456"}
    assert query["PhoneNumbers"] == "13912345678" and query["Timestamp"] == "2026-01-02T03:04:05Z"
    signature = query.pop("Signature")
    assert sender.signature(query) == signature


def test_tencent_request_is_tc3_signed_over_its_body() -> None:
    sender = TencentSender("AKID", "key", "招聘会", "1001", "1400000000")
    req = sender.request("13912345678", "123456", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert req.body is not None
    body = json.loads(req.body)
    assert body["PhoneNumberSet"] == ["+8613912345678"]
    assert body["TemplateParamSet"] == ["123456"] and body["SmsSdkAppId"] == "1400000000"
    auth = req.headers["Authorization"]
    assert auth.startswith(
        "TC3-HMAC-SHA256 Credential=AKID/2026-01-02/sms/tc3_request, "
        "SignedHeaders=content-type;host, Signature="
    )
    assert len(auth.rsplit("=", 1)[1]) == len(hashlib.sha256().hexdigest())
    assert req.headers["X-TC-Action"] == "SendSms" and req.headers["X-TC-Version"] == "2021-01-11"
    # a different body is a different signature
    other = sender.request("13912345679", "123456", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert other.headers["Authorization"] != auth


def test_sender_from_settings_and_missing_credentials_fail_at_start() -> None:
    assert isinstance(sender_for(Settings()), LogSender)
    with pytest.raises(ConfigError, match="JOBFAIR_SMS_KEY_ID"):
        sender_for(Settings(sms_provider="aliyun"))
    full = {"sms_key_id": "i", "sms_key_secret": "s", "sms_sign_name": "n", "sms_template": "t"}
    assert isinstance(sender_for(Settings(sms_provider="aliyun", **full)), AliyunSender)
    with pytest.raises(ConfigError, match="JOBFAIR_SMS_APP_ID"):
        sender_for(Settings(sms_provider="tencent", **full))
    assert isinstance(
        sender_for(Settings(sms_provider="tencent", sms_app_id="1", **full)), TencentSender
    )
    with pytest.raises(ConfigError):
        Settings.from_env({"JOBFAIR_SMS_PROVIDER": "carrier-pigeon"})


def test_checkins_topic_never_keeps_personal_data_longer_than_the_database() -> None:
    assert 0 < CHECKINS.retention_ms <= Settings().retention_contact_days * DAY_MS
    assert CHECKINS.configs(1)["cleanup.policy"] == "delete"


def test_policy_forbids_framing_and_inline_scripts_without_the_nonce() -> None:
    csp = policy("abc")
    assert "frame-ancestors 'none'" in csp and "script-src 'self' 'nonce-abc'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in csp and "base-uri 'none'" in csp
