# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "connectCredentialId"
        try:
            connect_credential_id = d["connectCredentialId"]
            if not (
                connect_credential_id is None or isinstance(connect_credential_id, str)
            ):
                raise DecodeError.wrong_type("a string or null", connect_credential_id)

            _key = "status"
            _status = d.get("status", UNSET)
            status: OAuthSessionStatus | Unset = UNSET
            if _status is not UNSET:
                if not isinstance(_status, str):
                    raise DecodeError.wrong_type("a string", _status)

                status = cast(
                    OAuthSessionStatus,
                    OAuthSessionStatus._value2member_map_.get(_status)
                    or OAuthSessionStatus(_status),
                )

            _key = "message"
            message = d.get("message", UNSET)
            if not (message is None or message is UNSET or isinstance(message, str)):
                raise DecodeError.wrong_type("a string or null", message)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        oauth_session = _new(cls)
        oauth_session.connect_credential_id = connect_credential_id
        oauth_session.status = status
        oauth_session.message = message
        oauth_session.additional_properties = (
            {}
            if len(d) + (status is UNSET) + (message is UNSET) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
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


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys OAuthSession reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "connectCredentialId",
        "status",
        "message",
    }
)
