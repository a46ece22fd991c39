# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError, describe
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.credential import Credential


T = TypeVar("T", bound="DoneStage")


@_attrs_define
class DoneStage:
    """The integration is installed.

    Attributes:
        stage (Literal['done']):
        credential_id (str):
        credential (Credential | Unset): A connected account (Connect credential) of the Connected User.
    """

    stage: Literal["done"]
    credential_id: str
    credential: Credential | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        credential_id = self.credential_id

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "credentialId": credential_id,
            }
        )
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "stage"
        try:
            stage = cast(Literal["done"], d["stage"])
            if stage != "done":
                raise DecodeError(
                    "expected "
                    + repr("done")
                    + ", got "
                    + (
                        repr(stage)
                        if isinstance(stage, str) and len(stage) <= 64
                        else describe(stage)
                    )
                )

            _key = "credentialId"
            credential_id = d["credentialId"]
            if not isinstance(credential_id, str):
                raise DecodeError.wrong_type("a string", credential_id)

            _key = "credential"
            _credential = d.get("credential", UNSET)
            credential: Credential | Unset = (
                UNSET if _credential is UNSET else _Credential_from_dict(_credential)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        done_stage = _new(cls)
        done_stage.stage = stage
        done_stage.credential_id = credential_id
        done_stage.credential = credential
        done_stage.additional_properties = (
            {}
            if len(d) + (credential is UNSET) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return done_stage

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

# The keys DoneStage reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "stage",
        "credentialId",
        "credential",
    }
)


from ..models.credential import Credential

_Credential_from_dict = Credential.from_dict
