import { describe, expect, it } from 'vitest';
import { speakerKey, speakersOfLine, speakersOfTitle, talkSpeakers } from './speakers';

describe('speakersOfLine', () => {
  it.each([
    ['Speakers: Ana López, 王小明, Sam O\'Neil · 10:30–11:15 · [Talk page](x)', ['Ana López', '王小明', "Sam O'Neil"]],
    ['Speaker: Jane Doe', ['Jane Doe']],
    ['*Speakers:* Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['by Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe (ACME Corp)', ['Jane Doe']],
    ['— Fabian Hueske (Ververica)', ['Fabian Hueske']],
    ['-- Fabian Hueske, Timo Walther', ['Fabian Hueske', 'Timo Walther']],
    ['讲师：张三、李四 · 09:30', ['张三', '李四']],
    ['讲师: 张三和李四', ['张三', '李四']],
    ['讲师：王和平', ['王和平']],
    ['分享嘉宾：阿里巴巴 莫问（阿里巴巴）', ['阿里巴巴 莫问']],
    ['発表者：田中 花子、鈴木 一郎', ['田中 花子', '鈴木 一郎']],
    ['登壇者：山田太郎（株式会社サンプル）', ['山田太郎']],
    ['발표자: 김민수, 이지은', ['김민수', '이지은']],
    ['Presenter: Jane Doe | slides', ['Jane Doe']],
  ])('%s', (line, expected) => {
    expect(speakersOfLine(line)).toEqual(expected);
  });

  it.each([
    ['by design, the system never blocks'],
    ['by the way, this talk was great'],
    ['— and then the demo failed'],
    ['10:30–11:15 · [Talk page](x)'],
    ['A summary that mentions Speakers: in the middle'],
    ['Speakers:'],
  ])('names nobody in %s', (line) => {
    expect(speakersOfLine(line)).toEqual(undefined);
  });
});

describe('speakersOfTitle', () => {
  it.each([
    ['Streaming SQL — Fabian Hueske (Ververica)', ['Fabian Hueske']],
    ['Flink at Lyft – Ying Xu, Kailash Hassan', ['Ying Xu', 'Kailash Hassan']],
    ['Exactly-once – what it really means', undefined],
    ['Apache Flink - Heading towards a unified engine', undefined],
    ['Plain title', undefined],
  ])('%s', (title, expected) => {
    expect(speakersOfTitle(title)).toEqual(expected);
  });
});

describe('talkSpeakers', () => {
  it('prefers the line under the title to the title', () => {
    expect(talkSpeakers('Talk — Jane Doe', 'Speakers: John Roe')).toEqual(['John Roe']);
    expect(talkSpeakers('Talk — Jane Doe', 'A summary.')).toEqual(['Jane Doe']);
  });
});

describe('speakerKey', () => {
  it('groups spellings that differ in case, width and spacing', () => {
    expect([speakerKey('Jane  Doe'), speakerKey('jane doe'), speakerKey('Ｊａｎｅ Doe')]).toEqual(['jane doe', 'jane doe', 'jane doe']);
  });
});
