# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.error_meta import ErrorMeta


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """The one error body of every service.

    Attributes:
        message (list[str] | str): What was wrong and what to do; on 400 possibly a list of problems.
        code (str | Unset): Paragon's error code, a string of digits (`"7210"` is insufficient permission).
        status (int | Unset): The HTTP status, repeated.
        meta (ErrorMeta | Unset): Details of an error; for a proxied request, `providerStatus` and `providerResponse`.
    """

    message: list[str] | str
    code: str | Unset = UNSET
    status: int | Unset = UNSET
    meta: ErrorMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        code = self.code

        status = self.status

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "message"
        try:
            message = _parse_message(d["message"])

            _key = "code"
            code = d.get("code", UNSET)
            if not isinstance(code, str) and code is not UNSET:
                raise DecodeError.wrong_type("a string", code)

            _key = "status"
            status = d.get("status", UNSET)
            if (
                not isinstance(status, int) or isinstance(status, bool)
            ) and status is not UNSET:
                raise DecodeError.wrong_type("an integer", status)

            _key = "meta"
            _meta = d.get("meta", UNSET)
            meta: ErrorMeta | Unset = (
                UNSET if _meta is UNSET else _ErrorMeta_from_dict(_meta)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        error_envelope = _new(cls)
        error_envelope.message = message
        error_envelope.code = code
        error_envelope.status = status
        error_envelope.meta = meta
        error_envelope.additional_properties = (
            {}
            if len(d) + (code is UNSET) + (status is UNSET) + (meta is UNSET) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return error_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys ErrorEnvelope reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "message",
        "code",
        "status",
        "meta",
    }
)


def _parse_message(data: object) -> list[str] | str:
    _problem: DecodeError | None = None
    if isinstance(data, str):
        try:
            message_type_0 = data
            if not isinstance(message_type_0, str):
                raise DecodeError.wrong_type("a string", message_type_0)

            return message_type_0
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    if isinstance(data, list):
        try:
            _message_type_1 = data
            if not isinstance(_message_type_1, list):
                raise DecodeError.wrong_type("an array", _message_type_1)
            message_type_1 = []
            try:
                for message_type_1_item_data in _message_type_1:
                    message_type_1_item = message_type_1_item_data
                    if not isinstance(message_type_1_item, str):
                        raise DecodeError.wrong_type("a string", message_type_1_item)

                    message_type_1.append(message_type_1_item)
            except DecodeError as _error:
                raise _error.at(len(message_type_1))

            return message_type_1
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    raise (
        _problem
        if _problem is not None
        else DecodeError.wrong_type("a string or an array", data)
    )


from ..models.error_meta import ErrorMeta

_ErrorMeta_from_dict = ErrorMeta.from_dict
