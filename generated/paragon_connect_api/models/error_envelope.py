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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "message"
        try:

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
                    except (
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ) as _variant_error:
                        _problem = _problem or DecodeError(
                            f"{type(_variant_error).__name__}: {_variant_error}"
                        )
                if isinstance(data, list):
                    try:
                        _message_type_1 = data
                        if not isinstance(_message_type_1, list):
                            raise DecodeError.wrong_type("an array", _message_type_1)
                        message_type_1 = []
                        for (
                            _message_type_1_index,
                            message_type_1_item_data,
                        ) in enumerate(_message_type_1):
                            try:
                                message_type_1_item = message_type_1_item_data
                                if not isinstance(message_type_1_item, str):
                                    raise DecodeError.wrong_type(
                                        "a string", message_type_1_item
                                    )

                            except DecodeError as _error:
                                raise _error.at(_message_type_1_index)
                            message_type_1.append(message_type_1_item)

                        return message_type_1
                    except DecodeError as _variant_error:
                        _problem = _problem or _variant_error
                    except (
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ) as _variant_error:
                        _problem = _problem or DecodeError(
                            f"{type(_variant_error).__name__}: {_variant_error}"
                        )
                raise (
                    _problem
                    if _problem is not None
                    else DecodeError.wrong_type("a string or an array", data)
                )

            message = _parse_message(d.pop("message"))

            _key = "code"
            code = d.pop("code", UNSET)
            if not isinstance(code, str) and code is not UNSET:
                raise DecodeError.wrong_type("a string", code)

            _key = "status"
            status = d.pop("status", UNSET)
            if (
                not isinstance(status, int) or isinstance(status, bool)
            ) and status is not UNSET:
                raise DecodeError.wrong_type("an integer", status)

            _key = "meta"
            _meta = d.pop("meta", UNSET)
            meta: ErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ErrorMeta.from_dict(_meta)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        error_envelope = cls(
            message=message,
            code=code,
            status=status,
            meta=meta,
        )

        error_envelope.additional_properties = d
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


from ..models.error_meta import ErrorMeta
