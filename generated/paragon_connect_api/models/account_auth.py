# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

T = TypeVar("T", bound="AccountAuth")


@_attrs_define
class AccountAuth:
    """The provider access of a credential, only with `includeAccountAuth=true`.

    Attributes:
        oauth_access_token (str): The provider's access token (for the file pickers).
    """

    oauth_access_token: str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_access_token = self.oauth_access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OAUTH_ACCESS_TOKEN": oauth_access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "OAUTH_ACCESS_TOKEN"
        try:
            oauth_access_token = d["OAUTH_ACCESS_TOKEN"]
            if not isinstance(oauth_access_token, str):
                raise DecodeError.wrong_type("a string", oauth_access_token)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        account_auth = _new(cls)
        account_auth.oauth_access_token = oauth_access_token
        additional_properties = {}
        if len(d) != 1:
            for prop_name, prop_dict in d.items():
                if prop_name in _PROPERTY_NAMES:
                    continue
                try:
                    additional_property = prop_dict
                    if not isinstance(additional_property, str):
                        raise DecodeError.wrong_type("a string", additional_property)

                except DecodeError as _error:
                    raise _error.at(prop_name)
                except (TypeError, ValueError, AttributeError, KeyError) as _error:
                    raise DecodeError(f"{type(_error).__name__}: {_error}").at(
                        prop_name
                    ) from _error
                additional_properties[prop_name] = additional_property
        account_auth.additional_properties = additional_properties
        return account_auth

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys AccountAuth reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "OAUTH_ACCESS_TOKEN",
    }
)
