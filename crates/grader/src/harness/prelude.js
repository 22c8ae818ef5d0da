// The test harness that runs inside the sandbox before any learner code.
//
// Learner code runs in the same realm and may redefine globals or pollute prototypes, so
// everything the harness relies on is captured here, first, and only used through these
// captured references. The script evaluates to the harness API object that the host drives.
(function (global) {
  'use strict';

  const ObjectKeys = Object.keys;
  const ObjectIs = Object.is;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectCreate = Object.create;
  const ObjectFreeze = Object.freeze;
  const ObjectIsFrozen = Object.isFrozen;
  const ObjectPrototypeToString = Object.prototype.toString;
  const HasOwn = Object.prototype.hasOwnProperty;
  const ArrayIsArray = Array.isArray;
  const ReflectApply = Reflect.apply;
  const ReflectConstruct = Reflect.construct;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const StringCtor = String;
  const NumberIsNaN = Number.isNaN;
  const MathAbs = Math.abs;
  const MathPow = Math.pow;
  const MathMax = Math.max;
  const StringSlice = String.prototype.slice;
  const StringSplit = String.prototype.split;
  const FunctionToString = Function.prototype.toString;
  const FunctionCtor = Function;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseReject = Promise.reject.bind(Promise);
  const PromiseThen = Promise.prototype.then;
  const StringIncludes = String.prototype.includes;
  const StringPadStart = String.prototype.padStart;
  const RegExpCtor = RegExp;
  const RegExpExec = RegExp.prototype.exec;
  const RegExpTest = RegExp.prototype.test;
  const RegExpToString = RegExp.prototype.toString;
  const ErrorCtor = Error;
  const MapCtor = Map;
  const SetCtor = Set;
  const MapForEach = Map.prototype.forEach;
  const SetForEach = Set.prototype.forEach;
  const MapGet = Map.prototype.get;
  const MapHas = Map.prototype.has;
  const SetHas = Set.prototype.has;
  const MapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const SetSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const DateGetTime = Date.prototype.getTime;
  const DateCtor = Date;
  const JSONStringify = JSON.stringify;

  const call = (fn, self, ...args) => ReflectApply(fn, self, args);
  const push = (arr, v) => { arr[arr.length] = v; };
  const slice = (s, a, b) => call(StringSlice, s, a, b);
  const isObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  const tag = (v) => call(ObjectPrototypeToString, v);

