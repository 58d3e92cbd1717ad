"""Errors of the interview scheduler; the tree is drawn in domain/scheduling/__init__.py.

Data flow: FairSchedule raises these before it changes anything, so a caller that catches one
(the scheduling agent sends it to the dead-letter topic, web/ maps it to a 4xx) can carry on
with the schedule exactly as it was.
"""

from __future__ import annotations


class SchedulingError(Exception):
    """Base of every scheduling failure; `code` is stable for APIs, `message_zh` for people."""

    code: str = "scheduling_error"
    message_zh: str = "面试安排出错，请联系现场工作人员。"

    def __init__(self, detail: str) -> None:
        # The detail is for logs and dead letters: ids only, never a name or phone number.
        super().__init__(detail)
        self.detail = detail


class InvalidCalendar(SchedulingError, ValueError):
    code = "invalid_calendar"
    message_zh = "招聘会或展位的面试时间设置有误。"


class NaiveDatetime(SchedulingError, ValueError):
    code = "naive_datetime"
    message_zh = "时间缺少时区信息。"


class UnknownEmployer(SchedulingError, LookupError):
    code = "unknown_employer"
    message_zh = "该单位没有在本场招聘会开放面试。"


class UnknownInterview(SchedulingError, LookupError):
    code = "unknown_interview"
    message_zh = "找不到这场面试。"


class InvalidOutcome(SchedulingError, ValueError):
    code = "invalid_outcome"
    message_zh = "无法识别的面试结果。"


class OutcomeAlreadyRecorded(SchedulingError):
    code = "outcome_already_recorded"
    message_zh = "这场面试的结果已经登记过了。"


class InvalidTransition(SchedulingError):
    code = "invalid_transition"
    message_zh = "这场面试当前的状态不能登记这个结果。"


class NotQueued(SchedulingError):
    code = "not_queued"
    message_zh = "这场面试已经结束，不在排队中。"


class CalendarInUse(SchedulingError):
    code = "calendar_in_use"
    message_zh = "该展位已有面试预约，只能增加桌数，不能修改其他设置。"


class CorruptState(SchedulingError, ValueError):
    code = "corrupt_state"
    message_zh = "面试安排数据损坏。"


class CorrectionRefused(SchedulingError):
    """A correction that cannot be made: the interview has no outcome yet, or its slot (or the
    applicant's time) was given to someone else after a no-show."""

    code = "slot_taken"
    message_zh = "该时段已安排给其他人，无法更正为到场；请让她重新报名。"
