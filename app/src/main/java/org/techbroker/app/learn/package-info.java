/**
 * The learning pages of trainees: lessons, module quizzes and the dashboard's courses, and the
 * read model ({@link org.techbroker.app.learn.LearningViews}) that every catalogue and learning
 * page is drawn from.
 */
package org.techbroker.app.learn;
