/*
 * Lesson Studio's player: plays a lesson's video with its captions, chapters and transcript, and
 * tells a course platform how far the student got. It finds the platform's SCORM API by walking
 * up the frames that contain the page (and the window that opened it): `API` for SCORM 1.2,
 * `API_1484_11` for SCORM 2004. Without one (a web course, or the page opened from a disk) it
 * simply plays. No request leaves the page: everything it uses travels in the package.
 *
 * window.LESSON (written into the page): {scorm: "1.2" | "2004" | "none", completion: 0.9,
 * passing: 0.8, answers: [index of the right answer, per question], captions: {language: [[start,
 * end, text], ...]}}.
 */
(function () {
  "use strict";

  var config = window.LESSON || { scorm: "none", completion: 0.9, passing: 0.8, answers: [], captions: {} };
  var video = document.getElementById("video");
  var status = document.getElementById("status");
  /* Whether the lesson's captions are drawn into the video itself (captions: burned or both). */
  var drawn = !!config.captionsDrawn;
  if (!video) {
    return;
  }

  /* ---- Finding and talking to the platform ---- */

  function search(win, name) {
    for (var hops = 0; win && hops < 12; hops++) {
      try {
        if (win[name]) {
          return win[name];
        }
      } catch (blocked) {
        return null; // a frame from another site: stop looking there
      }
      if (!win.parent || win.parent === win) {
        break;
      }
      win = win.parent;
    }
    return null;
  }

  function findApi(name) {
    var api = search(window, name);
    if (!api && window.opener) {
      api = search(window.opener, name);
    }
    if (!api && window.top && window.top.opener) {
      api = search(window.top.opener, name);
    }
    return api;
  }

  var version = config.scorm;
  var api = version === "1.2" ? findApi("API") : version === "2004" ? findApi("API_1484_11") : null;
  var started = false;
  var finished = false;

  var lms = {
    init: function () {
      if (!api) {
        return false;
      }
      var ok = version === "1.2" ? api.LMSInitialize("") : api.Initialize("");
      started = String(ok) === "true";
      return started;
    },
    get: function (key) {
      if (!started) {
        return "";
      }
      return String(version === "1.2" ? api.LMSGetValue(key) : api.GetValue(key));
    },
    set: function (key, value) {
      if (started) {
        if (version === "1.2") {
          api.LMSSetValue(key, String(value));
        } else {
          api.SetValue(key, String(value));
        }
      }
    },
    commit: function () {
      if (started) {
        if (version === "1.2") {
          api.LMSCommit("");
        } else {
          api.Commit("");
        }
      }
    },
    finish: function () {
      if (started && !finished) {
        finished = true;
        if (version === "1.2") {
          api.LMSFinish("");
        } else {
          api.Terminate("");
        }
      }
    }
  };

  /* ---- What the student has watched: the parts of the video played, not just the furthest point ---- */

  var watched = [];      // sorted, non-overlapping [start, end] ranges in seconds
  var lastTime = null;
  var completed = false;
  var quizScore = null;  // 0..100 once the quiz is answered
  var sessionStart = Date.now();

  function addRange(from, to) {
    if (to <= from) {
      return;
    }
    watched.push([from, to]);
    watched.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    watched.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 0.01) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    watched = merged;
  }

  function watchedSeconds() {
    return watched.reduce(function (sum, r) { return sum + (r[1] - r[0]); }, 0);
  }

  function progress() {
    var length = video.duration;
    if (!length || !isFinite(length)) {
      return 0;
    }
    return Math.min(1, watchedSeconds() / length);
  }

  /* ---- Saving and restoring where the student is ---- */

  function twoDigits(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function sessionTime() {
    var seconds = Math.round((Date.now() - sessionStart) / 1000);
    if (version === "1.2") {
      var h = Math.floor(seconds / 3600);
      var m = Math.floor(seconds % 3600 / 60);
      return (h < 10 ? "000" : h < 100 ? "00" : h < 1000 ? "0" : "") + h + ":" + twoDigits(m) + ":" +
        twoDigits(seconds % 60);
    }
    return "PT" + seconds + "S";
  }

  function statusFor12() {
    if (!completed) {
      return "incomplete";
    }
    if (quizScore === null) {
      return "completed";
    }
    return quizScore >= config.passing * 100 ? "passed" : "failed";
  }

  function save(final) {
    if (!started) {
      return;
    }
    var position = Math.floor(video.currentTime || 0);
    var memory = JSON.stringify({ t: position, w: watched.map(function (r) {
      return [Math.round(r[0] * 10) / 10, Math.round(r[1] * 10) / 10];
    }), q: quizScore });
    if (version === "1.2") {
      lms.set("cmi.core.lesson_location", position);
      lms.set("cmi.suspend_data", memory.length > 4000 ? memory.slice(0, 4000) : memory);
      lms.set("cmi.core.lesson_status", statusFor12());
      if (quizScore !== null) {
        lms.set("cmi.core.score.min", 0);
        lms.set("cmi.core.score.max", 100);
        lms.set("cmi.core.score.raw", quizScore);
      }
      if (final) {
        lms.set("cmi.core.exit", completed && (quizScore !== null || !config.answers.length) ? "" : "suspend");
        lms.set("cmi.core.session_time", sessionTime());
      }
    } else {
      lms.set("cmi.location", position);
      lms.set("cmi.suspend_data", memory);
      lms.set("cmi.progress_measure", progress().toFixed(2));
      lms.set("cmi.completion_status", completed ? "completed" : "incomplete");
      if (quizScore !== null) {
        lms.set("cmi.score.min", 0);
        lms.set("cmi.score.max", 100);
        lms.set("cmi.score.raw", quizScore);
        lms.set("cmi.score.scaled", (quizScore / 100).toFixed(2));
        lms.set("cmi.success_status", quizScore >= config.passing * 100 ? "passed" : "failed");
      }
      if (final) {
        lms.set("cmi.exit", completed ? "normal" : "suspend");
        lms.set("cmi.session_time", sessionTime());
      }
    }
    lms.commit();
  }

  function restore() {
    var memory = lms.get("cmi.suspend_data");
    var position = Number(lms.get(version === "1.2" ? "cmi.core.lesson_location" : "cmi.location")) || 0;
    if (memory) {
      try {
        var saved = JSON.parse(memory);
        (saved.w || []).forEach(function (r) { addRange(r[0], r[1]); });
        if (typeof saved.q === "number") {
          quizScore = saved.q;
        }
      } catch (unreadable) {
        // an older or foreign record: start the watching afresh
      }
    }
    var before = version === "1.2" ? lms.get("cmi.core.lesson_status")
      : lms.get("cmi.completion_status");
    completed = before === "completed" || before === "passed" || before === "failed";
    if (position > 0) {
      var jump = function () {
        if (position < video.duration - 1) {
          video.currentTime = position;
          say("Welcome back: the lesson continues where you left off.");
        }
      };
      if (video.readyState >= 1) {
        jump();
      } else {
        video.addEventListener("loadedmetadata", jump, { once: true });
      }
    }
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  /* ---- Playing ---- */

  function checkCompleted() {
    if (!completed && (progress() >= config.completion || video.ended)) {
      completed = true;
      say(config.answers.length ? "Lesson watched. Now try the questions below." : "Lesson completed.");
      save(false);
    }
  }

  var lastSaved = 0;
  video.addEventListener("timeupdate", function () {
    var now = video.currentTime;
    if (lastTime !== null && !video.seeking && now > lastTime && now - lastTime < 1.5) {
      addRange(lastTime, now);
    }
    lastTime = now;
    checkCompleted();
    if (Date.now() - lastSaved > 10000) {
      lastSaved = Date.now();
      save(false);
    }
    highlight(now);
  });
  video.addEventListener("seeking", function () { lastTime = null; });
  video.addEventListener("seeked", function () { lastTime = video.currentTime; });
  video.addEventListener("pause", function () { save(false); });
  video.addEventListener("ended", function () {
    if (lastTime !== null) {
      addRange(lastTime, video.duration);
    }
    completed = true;
    checkCompleted();
    save(false);
  });

  /* Keyboard: the video's own controls work with Tab and Space; on the video, k or Space plays and
   * pauses, j and l jump ten seconds, c turns the captions on and off. */
  video.addEventListener("keydown", function (event) {
    var key = event.key;
    if (key === "k" || key === " ") {
      if (video.paused) { video.play(); } else { video.pause(); }
    } else if (key === "j") {
      video.currentTime = Math.max(0, video.currentTime - 10);
    } else if (key === "l") {
      video.currentTime = Math.min(video.duration || 0, video.currentTime + 10);
    } else if (key === "c") {
      if (drawn) {
        if (status) { status.textContent = "The captions are part of the picture."; }
        event.preventDefault();
        return;
      }
      for (var i = 0; i < video.textTracks.length; i++) {
        var track = video.textTracks[i];
        if (track.kind === "captions" || track.kind === "subtitles") {
          track.mode = track.mode === "showing" ? "hidden" : "showing";
          break;
        }
      }
    } else {
      return;
    }
    event.preventDefault();
  });

  /* Chapters and transcript lines are buttons that move the video to their moment. */
  Array.prototype.forEach.call(document.querySelectorAll("[data-seek]"), function (button) {
    button.addEventListener("click", function () {
      video.currentTime = Number(button.getAttribute("data-seek"));
      video.focus();
    });
  });

  var lines = Array.prototype.slice.call(document.querySelectorAll("#transcript [data-seek]"));
  function highlight(now) {
    var current = null;
    lines.forEach(function (line) {
      if (Number(line.getAttribute("data-seek")) <= now + 0.05) {
        current = line;
      }
    });
    lines.forEach(function (line) {
      line.parentNode.classList.toggle("now", line === current);
    });
  }

  /* A cue's text is read as WebVTT (where < opens a tag and & a character reference): the words
   * of a caption, such as "x < 3 and y > 1, A & B", are escaped to be shown as they are. */
  function cueText(words) {
    return String(words).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /* Opened from a disk (file://), browsers will not read the caption files: the same captions,
   * written into the page, are given to the video directly. */
  if (location.protocol === "file:" && config.captions) {
    // the chapters file cannot be read either; the chapter list on the page still works
    Array.prototype.forEach.call(video.querySelectorAll("track[kind=chapters]"), function (element) {
      element.parentNode.removeChild(element);
    });
    var tracks = video.querySelectorAll("track[kind=captions]");
    var first = true;
    Array.prototype.forEach.call(tracks, function (element) {
      var cues = config.captions[element.getAttribute("srclang")] || [];
      element.parentNode.removeChild(element);
      var track = video.addTextTrack("captions", element.getAttribute("label"), element.getAttribute("srclang"));
      cues.forEach(function (cue) { track.addCue(new VTTCue(cue[0], cue[1], cueText(cue[2]))); });
      track.mode = first && !drawn ? "showing" : "hidden";
      first = false;
    });
  }

  /* One set of captions at a time: captions drawn into the picture keep every track hidden, and
   * of the tracks only the one last turned on (from the player's own menu too) is shown. */
  var lastShown = null;
  function oneCaptionSet() {
    var showing = [];
    for (var i = 0; i < video.textTracks.length; i++) {
      var track = video.textTracks[i];
      if ((track.kind === "captions" || track.kind === "subtitles") && track.mode === "showing") {
        showing.push(track);
      }
    }
    var keep = drawn ? null : showing.filter(function (track) { return track !== lastShown; })[0] || showing[0] || null;
    showing.forEach(function (track) {
      if (track !== keep) {
        track.mode = "hidden";
      }
    });
    lastShown = keep;
  }
  video.textTracks.addEventListener("change", oneCaptionSet);
  video.textTracks.addEventListener("addtrack", oneCaptionSet);
  oneCaptionSet();

  /* ---- The quiz ---- */

  var quiz = document.getElementById("quiz");
  if (quiz) {
    quiz.addEventListener("submit", function (event) {
      event.preventDefault();
      var right = 0;
      config.answers.forEach(function (answer, index) {
        var chosen = quiz.querySelector("input[name=q" + index + "]:checked");
        var fieldset = quiz.querySelectorAll("fieldset")[index];
        var correct = chosen && Number(chosen.value) === answer;
        if (correct) {
          right++;
        }
        fieldset.classList.toggle("right", !!correct);
        fieldset.classList.toggle("wrong", !correct);
      });
      quizScore = Math.round(100 * right / Math.max(1, config.answers.length));
      var passed = quizScore >= config.passing * 100;
      var result = document.getElementById("result");
      result.textContent = right + " of " + config.answers.length + " right (" + quizScore + "%): " +
        (passed ? "well done." : "watch the lesson again and try once more.");
      save(false);
    });
  }

  /* ---- Starting and stopping ---- */

  if (lms.init()) {
    restore();
    if (version === "1.2") {
      if (lms.get("cmi.core.lesson_status") === "not attempted" || !lms.get("cmi.core.lesson_status")) {
        lms.set("cmi.core.lesson_status", "incomplete");
      }
    } else if (lms.get("cmi.completion_status") === "unknown" || lms.get("cmi.completion_status") === "not attempted"
        || !lms.get("cmi.completion_status")) {
      lms.set("cmi.completion_status", "incomplete");
    }
    lms.commit();
  }

  function leave() {
    if (started && !finished) {
      save(true);
      lms.finish();
    }
  }
  window.addEventListener("pagehide", leave);
  window.addEventListener("beforeunload", leave);

  /* For tests and for the curious: how the page sees things. */
  window.lessonPlayer = {
    progress: progress,
    completed: function () { return completed; },
    score: function () { return quizScore; },
    connected: function () { return started; },
    leave: leave
  };
}());
