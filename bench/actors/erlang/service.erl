%% Service-call throughput: K synchronous gen_server calls to a counter
%% server. Run: erl -noshell -s service main K
-module(service).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main([KA]) ->
    K = list_to_integer(atom_to_list(KA)),
    {ok, Pid} = gen_server:start(?MODULE, 0, []),
    io:format("count ~b~n", [call_many(Pid, K, 0)]),
    halt().

call_many(_, 0, Last) -> Last;
call_many(Pid, K, _) -> call_many(Pid, K - 1, gen_server:call(Pid, {add, 1}, infinity)).

init(Start) -> {ok, Start}.
handle_call({add, N}, _From, Count) -> {reply, Count + N, Count + N}.
handle_cast(_, Count) -> {noreply, Count}.
