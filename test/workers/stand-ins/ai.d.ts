/** test/workers/stand-ins/ai.js: the Workers AI stand-in, also used by the Node target of the contract suite. */
export default function aiStandIn(): { run(model: string, inputs: Record<string, unknown>): Promise<unknown> }
