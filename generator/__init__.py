"""Code generator for paragon-connect: turns spec/paragon.yaml into the packages under generated/.

`python -m generator` regenerates generated/; `python -m generator --check` fails with a diff when
generated/ does not match the spec. The pipeline lives in `generator.driver`; the custom
openapi-python-client templates in generator/templates/ change only what the stock ones get wrong.
"""
