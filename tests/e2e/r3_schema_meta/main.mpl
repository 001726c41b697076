# Checks: deriving(Schema) metadata functions with exact values: custom and default table names (lower-cased name + "s", no other pluralisation), primary key default and custom, __fields__ and __field_types__ (SQL types; timestamps add inserted_at/updated_at to both), __relationships__, __relationship_meta__ (fk and target table for belongs_to/has_many/has_one), and per-field __<field>_col__ functions.
struct Device do
  table "devices"
  id :: String
  site_id :: String
  label :: String
  power :: Float
  enabled :: Bool
  count :: Int
  note :: Option<String>
  belongs_to :site, Site
  has_many :readings, Reading
end deriving(Schema)

struct Session do
  primary_key :token
  token :: String
  user_id :: Int
  timestamps true
  has_one :profile, Profile
end deriving(Schema)

struct Category do
  name :: String
end deriving(Schema)

struct OrgMember do
  has_many :roles, Role
  user_id :: Int
  belongs_to :org, Organization
end deriving(Schema)

fn main() do
  println(Device.__table__())
  println(Device.__primary_key__())
  println("${Device.__fields__()}")
  println("${Device.__field_types__()}")
  println("${Device.__relationships__()}")
  println("${Device.__relationship_meta__()}")
  println(Device.__label_col__() <> " " <> Device.__site_id_col__())
  println(Session.__table__() <> " " <> Session.__primary_key__())
  println("${Session.__fields__()}")
  println("${Session.__field_types__()}")
  println("${Session.__relationships__()}")
  println("${Session.__relationship_meta__()}")
  println(Session.__token_col__())
  println(Category.__table__() <> " " <> Category.__primary_key__())
  println("${Category.__fields__()} ${Category.__relationships__()} ${Category.__relationship_meta__()}")
  println(OrgMember.__table__())
  println("${OrgMember.__fields__()}")
  println("${OrgMember.__relationships__()}")
  println("${OrgMember.__relationship_meta__()}")
  let d = Device { id: "d1", site_id: "s1", label: "lamp", power: 1.5, enabled: true, count: 2, note: None }
  println(d.label)
end
