# From an introspection answer ({data: {__schema: ...}}), the query that asks statistics(year) for
# every field of its answer (fields without arguments, objects to three levels).
def unwrap: if .ofType == null then . else (.ofType | unwrap) end;
(.data.__schema.types | map({key: .name, value: .}) | from_entries) as $types
| def selection($name; $depth):
    [ $types[$name].fields[]
      | select((.args // []) | length == 0)
      | (.type | unwrap) as $t
      | if $t.kind == "OBJECT" then
          (if $depth < 3 then "\(.name) { \(selection($t.name; $depth + 1)) }" else empty end)
        else .name end ]
    | join(" ");
(.data.__schema.queryType.fields[] | select(.name == "statistics") | .type | unwrap | .name) as $root
| "query Statistics($year: Int!) { statistics(year: $year) { \(selection($root; 1)) } }"
