# Text helpers, used qualified (`Stats.word_count`) after `import Text.Stats`.

pub fn word_count(text :: String) -> Int do
  count_from(text, 0, 0, false)
end

# Counts the starts of words from character index `i` on.
fn count_from(text :: String, i :: Int, count :: Int, in_word :: Bool) -> Int do
  if i >= String.length(text) do
    count
  else
    let is_space = String.slice(text, i, i + 1) == " "
    let starts_word = not is_space and not in_word
    let next = if starts_word do count + 1 else count end
    count_from(text, i + 1, next, not is_space)
  end
end

pub fn shout(text :: String) -> String do
  String.to_upper(text) <> "!"
end
