pub struct Tag do
  text :: String
end
