# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError, describe
from ..types import as_object

T = TypeVar("T", bound="OAuthStage")


@_attrs_define
class OAuthStage:
    """The user approves the connection at the provider's consent page.

    Attributes:
        stage (Literal['oauth']):
        consent_url (str): The provider's consent page, for the application to show its user.
    """

    stage: Literal["oauth"]
    consent_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        consent_url = self.consent_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "consentUrl": consent_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "stage"
        try:
            stage = cast(Literal["oauth"], d["stage"])
            if stage != "oauth":
                raise DecodeError(
                    "expected "
                    + repr("oauth")
                    + ", got "
                    + (
                        repr(stage)
                        if isinstance(stage, str) and len(stage) <= 64
                        else describe(stage)
                    )
                )

            _key = "consentUrl"
            consent_url = d["consentUrl"]
            if not isinstance(consent_url, str):
                raise DecodeError.wrong_type("a string", consent_url)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        oauth_stage = _new(cls)
        oauth_stage.stage = stage
        oauth_stage.consent_url = consent_url
        oauth_stage.additional_properties = (
            {}
            if len(d) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return oauth_stage

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

# The keys OAuthStage reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "stage",
        "consentUrl",
    }
)
