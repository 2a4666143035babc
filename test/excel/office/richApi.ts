/**
 * The RichApi wire format: what Office.js's Excel client (@microsoft/office-js, dist/excel-web-16.00.debug.js) sends
 * for one `context.sync()` and what it parses back. Read from the client's own code: ClientRequestBase
 * .buildRequestMessageBodyAndRequestFlags (the body), RequestPrettyPrinter (what each action and path type means),
 * ClientRequestContext.processRequestExecutorResponseMessage and the classes' _handleResult / _handleIdResult (the
 * response), RichApiMessageUtility (the message array the body travels in).
 */

/** ActionInfo.ActionType (RequestPrettyPrinter.processOneAction). */
export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  RecursiveQuery: 6,
  QueryAsJson: 7,
  EnsureUnchanged: 8,
  Update: 9,
} as const;

/** ObjectPathInfo.ObjectPathType (RequestPrettyPrinter.buildObjectPathInfoExpression). */
export const ObjectPathType = {
  /** The root (context.workbook). */
  GlobalObject: 1,
  NewObject: 2,
  /** A method that returns an object: `getRange("A1")`, `worksheets.add()`. */
  Method: 3,
  /** A navigation property: `format`, `worksheets`. */
  Property: 4,
  /** `collection.getItem(key)`, or an item of a loaded collection by its id. */
  Indexer: 5,
  /** An object the host keeps by a reference id (`_ReferenceId` of an earlier response). */
  ReferenceId: 6,
  /** What an object becomes once a response said it is null. */
  NullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path it stands for (0 when it is a plain value). */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  /** Property names as in JavaScript (camelCase); "*" is every scalar property. */
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  /** A method or property name as Excel spells it (PascalCase: "GetRange", "Values"). */
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

/** The body of one request (JSON). */
export interface RequestBody {
  AutoKeepReference: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

/** The body of a response. An error stops the request at ActionIndex; what ran before it stays done. */
export interface ResponseBody {
  Results: ActionResult[];
  Error?: {
    Code: string;
    Message: string;
    HttpStatusCode: number;
    Location?: string;
    ActionIndex?: number;
  };
}

/** Office's error codes for a whole request the host refused (RichApiMessageUtility.OfficeJsErrorCode_*). */
export const HostError = {
  RequestPayloadSizeLimitExceeded: 5103,
  ResponsePayloadSizeLimitExceeded: 5104,
} as const;
