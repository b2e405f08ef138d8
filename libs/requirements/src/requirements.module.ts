import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogChanges } from './catalog-changes';
import { QuestionBankService } from './question-bank.service';
import { QuestionEntity } from './question.entity';
import { QuestionVersionEntity } from './question-version.entity';
import { AdminQuestionsController, QuestionsController } from './questions.controller';
import { SkillEntity } from './skill.entity';
import { AdminSkillsController, SkillsController } from './skills.controller';
import { SkillsService } from './skills.service';

/** The skills taxonomy and the question bank (global library and organizations' own questions). */
@Module({
  imports: [TypeOrmModule.forFeature([SkillEntity, QuestionEntity, QuestionVersionEntity])],
  controllers: [SkillsController, AdminSkillsController, AdminQuestionsController, QuestionsController],
  providers: [CatalogChanges, SkillsService, QuestionBankService],
  exports: [CatalogChanges, SkillsService, QuestionBankService],
})
export class RequirementsModule {}
