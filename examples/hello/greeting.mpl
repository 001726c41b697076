# Greetings, imported by name from main.mpl.

pub fn greet(name :: String) -> String do
  "Hello, " <> name <> "!"
end

pub fn farewell(name :: String) -> String do
  let polite = String.length(name) > 3
  if polite do
    "Goodbye, ${name}."
  else
    "Bye, ${name}."
  end
end
