# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.oauth_session_status import OAuthSessionStatus
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="OAuthSession")


@_attrs_define
class OAuthSession:
    """Where an OAuth handshake stands, and its credential once approved.

    Attributes:
        connect_credential_id (None | str): The new credential, once the user approved.
        status (OAuthSessionStatus | Unset): Where an OAuth handshake stands.
        message (None | str | Unset): Why the handshake failed, when it was denied.
    """

    connect_credential_id: None | str
    status: OAuthSessionStatus | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connect_credential_id: None | str
        connect_credential_id = self.connect_credential_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectCredentialId": connect_credential_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "connectCredentialId"
        try:

            def _parse_connect_credential_id(data: object) -> None | str:
                if data is None:
                    return data
                _problem: DecodeError | None = None
                if isinstance(data, str):
                    try:
                        connect_credential_id_type_0 = data
                        if not isinstance(connect_credential_id_type_0, str):
                            raise DecodeError.wrong_type(
                                "a string", connect_credential_id_type_0
                            )

                        return connect_credential_id_type_0
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
                    else DecodeError.wrong_type("a string or null", data)
                )

            connect_credential_id = _parse_connect_credential_id(
                d.pop("connectCredentialId")
            )

            _key = "status"
            _status = d.pop("status", UNSET)
            status: OAuthSessionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            elif not isinstance(_status, str):
                raise DecodeError.wrong_type("a string", _status)
            else:
                status = OAuthSessionStatus(_status)

            _key = "message"

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
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
                raise (
                    _problem
                    if _problem is not None
                    else DecodeError.wrong_type("a string or null", data)
                )

            message = _parse_message(d.pop("message", UNSET))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        oauth_session = cls(
            connect_credential_id=connect_credential_id,
            status=status,
            message=message,
        )

        oauth_session.additional_properties = d
        return oauth_session

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
